package org.dyad.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OpenAPI 3 description of the API, written by hand in {@code openapi.json} beside this class. */
final class OpenApi {
    private static volatile String text;

    private OpenApi() {
    }

    static String text() {
        String t = text;
        if (t == null) {
            try (InputStream in = OpenApi.class.getResourceAsStream("openapi.json")) {
                if (in == null) {
                    throw new IllegalStateException("openapi.json is missing from the classpath");
                }
                t = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            text = t;
        }
        return t;
    }
}
