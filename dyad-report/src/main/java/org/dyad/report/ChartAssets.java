package org.dyad.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The scripts that draw the charts, from the classpath, so that neither the report nor the
 * dashboard needs the network: Apache ECharts (from its webjar, Apache License 2.0) and Dyad's own
 * chart code ({@code dyad-charts.js}), shared by the report and the dashboard.
 */
public final class ChartAssets {
    private static final String ECHARTS_POM = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";
    private static volatile String echarts;
    private static volatile String charts;

    private ChartAssets() {
    }

    /** The ECharts version bundled. */
    public static String echartsVersion() {
        try (InputStream in = resource(ECHARTS_POM)) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The minified ECharts script. */
    public static String echarts() {
        String s = echarts;
        if (s == null) {
            s = read("/META-INF/resources/webjars/echarts/" + echartsVersion() + "/dist/echarts.min.js");
            echarts = s;
        }
        return s;
    }

    /** Dyad's chart code: {@code window.DyadCharts}. */
    public static String charts() {
        String s = charts;
        if (s == null) {
            s = read("/org/dyad/report/dyad-charts.js");
            charts = s;
        }
        return s;
    }

    private static InputStream resource(String path) {
        InputStream in = ChartAssets.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the resource " + path + " is missing from the classpath");
        }
        return in;
    }

    private static String read(String path) {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
