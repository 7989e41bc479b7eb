package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad serve} runs the real server over the store until it is stopped. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void servesTheApiAndTheDashboardOnLoopbackUntilStopped() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Dyad.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> cl.execute("serve", "--port", "0", "--store", tmp.resolve("store").toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (serve.server == null && !exit.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(serve.server).as(err.toString()).isNotNull();
        int port = serve.server.port();
        assertThat(serve.server.loopback()).isTrue();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> pairs = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/pairs?limit=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pairs.statusCode()).isEqualTo(200);
        assertThat(pairs.body()).contains("\"a\":\"AZE\",\"b\":\"IRN\"");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("Dyad dashboard");
        assertThat(out.toString()).contains("Dyad dashboard: http://127.0.0.1:" + port + "/");
        serve.stop.countDown();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aBadPortIsAUserError() {
        CliRun r = CliRun.run(tmp.resolve("store"), "serve", "--port", "70000");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--port 70000 is not a port number");
    }

    @Test
    void helpExplainsTheCommand() {
        CliRun r = CliRun.run(null, "serve", "--help");
        assertThat(r.out()).contains("--port").contains("--host").contains("127.0.0.1").contains("/openapi.json");
    }
}
