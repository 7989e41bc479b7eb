package org.dyad.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.dyad.report.ChartAssets;

/**
 * The files the pages load, by name under {@code /assets/}: a fixed list of classpath resources,
 * so no request can name any other file. Read once and kept.
 */
final class Assets {
    /** A file's bytes and content type. */
    record Asset(byte[] bytes, String contentType) {
    }

    private static final String SWAGGER = "/META-INF/resources/webjars/swagger-ui/";
    private static final Map<String, Supplier<Asset>> FILES = Map.of(
            "dashboard.js", () -> resource("/org/dyad/web/dashboard/dashboard.js", "text/javascript"),
            "dashboard.css", () -> resource("/org/dyad/web/dashboard/dashboard.css", "text/css"),
            "docs.js", () -> resource("/org/dyad/web/dashboard/docs.js", "text/javascript"),
            "dyad-charts.js", () -> text(ChartAssets.charts(), "text/javascript"),
            "echarts.min.js", () -> text(ChartAssets.echarts(), "text/javascript"),
            "swagger-ui-bundle.js", () -> resource(SWAGGER + swaggerVersion() + "/swagger-ui-bundle.js",
                    "text/javascript"),
            "swagger-ui.css", () -> resource(SWAGGER + swaggerVersion() + "/swagger-ui.css", "text/css"));
    private static final Map<String, Asset> LOADED = new ConcurrentHashMap<>();

    private Assets() {
    }

    static Optional<Asset> get(String name) {
        Supplier<Asset> s = FILES.get(name);
        return s == null ? Optional.empty() : Optional.of(LOADED.computeIfAbsent(name, n -> s.get()));
    }

    /** A page of the dashboard (HTML). */
    static Asset page(String name) {
        return LOADED.computeIfAbsent("page:" + name, n -> resource("/org/dyad/web/dashboard/" + name, "text/html"));
    }

    private static Asset text(String s, String type) {
        return new Asset(s.getBytes(StandardCharsets.UTF_8), type + "; charset=utf-8");
    }

    private static Asset resource(String path, String type) {
        try (InputStream in = Assets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + path + " is missing from the classpath");
            }
            return new Asset(in.readAllBytes(), type + "; charset=utf-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String swaggerVersion() {
        try (InputStream in = Assets.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is missing from the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
