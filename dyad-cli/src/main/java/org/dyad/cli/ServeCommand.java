package org.dyad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.model.InvalidValueException;
import org.dyad.store.DyadStore;
import org.dyad.web.DyadServer;
import org.dyad.web.StoreService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the dashboard and the JSON API over the store until stopped (Ctrl-C).",
            "The dashboard shows a pair's relationship index with its phases, a zoomable timeline, events by"
                + " dimension and quad class, and the event table; clicking an event shows its sentence in its"
                + " document. The API is described at /openapi.json.",
            "Only this machine can connect unless --host says otherwise."},
        footer = {"", "Examples:", "  dyad serve                      then open http://127.0.0.1:8080/",
            "  dyad serve --port 9000 --store ~/dyad-data"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Another address"
                    + " lets other machines read the store: there is no login.")
    String host;

    @Mixin
    StoreOptions store;

    /** Released to stop the server (tests); otherwise the server runs until the JVM is stopped. */
    final CountDownLatch stop = new CountDownLatch(1);
    volatile DyadServer server;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new InvalidValueException("--port " + port + " is not a port number (0 to 65535)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (DyadStore s = store.open(); StoreService service = new StoreService(s); DyadServer srv = start(service)) {
            server = srv;
            String shown = host.contains(":") ? "[" + host + "]" : host;
            out.println("Dyad dashboard: http://" + shown + ":" + srv.port() + "/   (API: /api/..., described at"
                    + " /openapi.json; Ctrl-C to stop)");
            out.flush();
            String hint = OptimizeCommand.hint(s);
            if (hint != null) {
                err.println("dyad serve: " + hint);
                err.flush();
            }
            if (!srv.loopback()) {
                err.println("dyad serve: listening on " + host + ": other machines can read this store (no login).");
                err.flush();
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "dyad-serve-stop"));
            stop.await();
        }
        return ExitCodes.OK;
    }

    private DyadServer start(StoreService service) {
        try {
            return DyadServer.start(service, host, port);
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            if (t instanceof java.net.BindException || t instanceof java.net.UnknownHostException) {
                throw new InvalidValueException("cannot listen on " + host + ":" + port + ": " + t.getMessage()
                        + (t instanceof java.net.BindException ? " (is another server using the port? try --port)" : ""));
            }
            throw e;
        }
    }
}
