/* The API's documentation page: Swagger UI (served from the jar) over /openapi.json. */
window.SwaggerUIBundle({url: '/openapi.json', dom_id: '#swagger', deepLinking: true, tryItOutEnabled: true});
