package org.dyad.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.json.JsonMapper;
import io.javalin.router.ParsedEndpoint;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.analysis.AnalysisJson;
import org.dyad.model.UserFacing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server of {@code dyad serve}: the JSON API under {@code /api/}, its OpenAPI description
 * at {@code /openapi.json} (readable at {@code /docs}), and the dashboard at {@code /} with its
 * scripts under {@code /assets/} (ECharts and Swagger UI included, so pages need no network).
 * Every answer of the API is JSON, errors too: {@code {"status": 400, "error": "bad_request",
 * "message": "..."}}.
 *
 * <p>Bound to a loopback address, the server also refuses requests whose {@code Host} is not a
 * loopback name, so that a web page elsewhere cannot reach it through DNS rebinding.
 */
public final class DyadServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DyadServer.class);
    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 1000;
    static final int MAX_PAIRS = 500;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@+-]{0,199}");
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Javalin app;
    private final boolean loopback;

    private DyadServer(Javalin app, boolean loopback) {
        this.app = app;
        this.loopback = loopback;
    }

    /** Starts a server on {@code host:port} (port 0 picks a free one) answering from {@code service}. */
    public static DyadServer start(DyadService service, String host, int port) {
        boolean loopback = isLoopback(host);
        Api api = new Api(service);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new AnalysisJsonMapper());
            // uploads are limited by the multipart settings; other requests carry no body
            config.http.maxRequestSize = Uploads.MAX_BYTES + 1_000_000;
            config.jetty.multipartConfig.maxFileSize(Uploads.MAX_BYTES, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(Uploads.MAX_BYTES + 1_000_000,
                    io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
            config.router.ignoreTrailingSlashes = true;
            config.routes.before(ctx -> guard(ctx, loopback));
            config.routes.get("/", ctx -> send(ctx, Assets.page("index.html")));
            config.routes.get("/docs", ctx -> send(ctx, Assets.page("docs.html")));
            config.routes.get("/assets/{name}", DyadServer::asset);
            config.routes.get("/openapi.json", ctx -> {
                ctx.contentType("application/json; charset=utf-8");
                ctx.result(OpenApi.text());
            });
            api.register(config.routes);
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.error(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (e instanceof UserFacing) {
                    error(ctx, 400, "bad_request", e.getMessage());
                } else {
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    error(ctx, 500, "internal_error", "the server failed to answer; its log says why");
                }
            });
            config.routes.error(404, ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.startsWith("application/json")) {
                    error(ctx, 404, "not_found", "no such page or endpoint: " + ctx.path());
                }
            });
            config.routes.error(405, ctx -> error(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed here"));
        });
        app.start(host, port);
        return new DyadServer(app, loopback);
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw ApiException.badRequest("unknown host " + host);
        }
    }

    /** Refuses foreign Host headers on a loopback server; sets headers that keep the page to itself. */
    private static void guard(Context ctx, boolean loopback) {
        if (loopback) {
            String host = ctx.header("Host");
            String name = host == null ? "" : host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
            if (!LOOPBACK_NAMES.contains(name)) {
                throw new ApiException(421, "misdirected_request",
                        "this server answers requests for localhost only, not for '" + clip(name) + "'");
            }
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    static void error(Context ctx, int status, String error, String message) {
        ctx.status(status);
        ctx.json(new Views.ApiError(status, error, message));
    }

    private static void asset(Context ctx) {
        String name = ctx.pathParam("name");
        ctx.header("Cache-Control", "max-age=300");
        send(ctx, Assets.get(name).orElseThrow(() -> ApiException.notFound("no asset named '" + clip(name) + "'")));
    }

    private static void send(Context ctx, Assets.Asset a) {
        ctx.contentType(a.contentType());
        ctx.result(a.bytes());
    }

    /** An identifier from the path, checked before it reaches the store. */
    static String id(Context ctx, String name) {
        String id = ctx.pathParam(name);
        if (!ID.matcher(id).matches()) {
            throw ApiException.badRequest("'" + clip(id) + "' is not a valid " + name
                    + ": letters, digits and . _ : @ + - only, at most 200 characters");
        }
        return id;
    }

    public int port() {
        return app.port();
    }

    /** Method and path of every route the server answers, e.g. {@code GET /api/events/{id}}. */
    public List<String> routes() {
        List<String> l = new ArrayList<>();
        for (ParsedEndpoint p : app.unsafe.internalRouter.allHttpHandlers()) {
            HandlerType m = p.endpoint.method;
            if (m.isHttpMethod()) {
                l.add(m.name() + " " + p.endpoint.path);
            }
        }
        return l;
    }

    public boolean loopback() {
        return loopback;
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Writes answers with {@link AnalysisJson}: the same JSON the report embeds and the analysis writes. */
    private static final class AnalysisJsonMapper implements JsonMapper {
        @Override
        public String toJsonString(Object obj, Type type) {
            return AnalysisJson.write(obj);
        }

        @Override
        public InputStream toJsonStream(Object obj, Type type) {
            return new java.io.ByteArrayInputStream(AnalysisJson.write(obj).getBytes(StandardCharsets.UTF_8));
        }
    }
}
