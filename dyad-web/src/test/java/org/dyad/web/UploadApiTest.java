package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Uploading a document extracts its events into the store (dyad-text), with progress; bad uploads are refused. */
class UploadApiTest {
    /** A short text written for this test (not from any source). */
    static final String MEMO = "Baku, 14 May 1997.\n\nThe foreign minister of Iran visited Azerbaijan on 12 May 1997"
            + " and met President Heydar Aliyev in Baku. The two governments signed an agreement on transport"
            + " cooperation.\n\nLater that year Azerbaijan accused Iran of supporting opposition groups.\n";
    static DyadStore store;
    static StoreService service;
    static DyadServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = DyadStore.inMemory();
        service = new StoreService(store);
        server = DyadServer.start(service, "127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        service.close();
        store.close();
    }

    static Http.Answer upload(String name, byte[] content, boolean header, String origin, String... fields) {
        String boundary = "dyadTestBoundary7f3a";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                    + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (name != null) {
            b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            b.writeBytes(content);
            b.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        b.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/uploads"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray()));
        if (header) {
            r.header(Api.UPLOAD_HEADER, "1");
        }
        if (origin != null) {
            r.header("Origin", origin);
        }
        return http.send(r.build());
    }

    static Map<String, Object> waitDone(String id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Map<String, Object> u = http.get("/api/uploads/" + id).object();
            if (u.get("state").equals("done") || u.get("state").equals("failed")) {
                return u;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("upload " + id + " did not finish");
    }

    @Test
    void anUploadedDocumentsEventsReachTheStoreAndCanBeExplained() throws InterruptedException {
        Http.Answer a = upload("../../etc/Memo 1997.txt", MEMO.getBytes(StandardCharsets.UTF_8), true, null,
                "pair", "IRN,Azerbaijan");
        assertThat(a.status()).as(a.body()).isEqualTo(202);
        Map<String, Object> u = a.object();
        assertThat(u.get("file")).isEqualTo("Memo_1997.txt");
        assertThat(a.headers().get("location")).containsExactly("/api/uploads/" + u.get("id"));
        Map<String, Object> done = waitDone((String) u.get("id"));
        assertThat(done).containsEntry("state", "done").containsEntry("progress", 1L);
        long events = ((Number) done.get("events")).longValue();
        assertThat(events).isGreaterThanOrEqualTo(3)
                .isEqualTo(store.events().count(EventQuery.builder().pair("IRN", "AZE").build()));
        // the dashboard's numbers follow: counts are forgotten after the upload
        assertThat(((Number) http.get("/api/summary?a=IRN&b=AZE").object().get("total")).longValue()).isEqualTo(events);
        Map<String, Object> page = http.get("/api/events?a=IRN&b=AZE&origin=text&limit=10").object();
        Map<?, ?> first = (Map<?, ?>) ((List<?>) page.get("events")).get(0);
        String id = (String) first.get("id");
        Map<String, Object> detail = http.get("/api/events/" + id).object();
        Map<?, ?> ex = (Map<?, ?>) detail.get("excerpt");
        String text = (String) ex.get("text");
        assertThat(text.substring(((Number) ex.get("highlight_start")).intValue(),
                ((Number) ex.get("highlight_end")).intValue())).isEqualTo(first.get("quote"));
        Map<String, Object> why = http.get("/api/events/" + id + "/explain").object();
        assertThat((String) why.get("text")).contains(id);
        assertThat(((Map<?, ?>) why.get("explanation")).get("sentence").toString()).contains((String) first.get("quote"));
    }

    @Test
    void uploadsThatAreNotDocumentsAreRefused() {
        byte[] memo = MEMO.getBytes(StandardCharsets.UTF_8);
        assertThat(upload("memo.txt", memo, false, null).status()).isEqualTo(403);
        assertThat(upload("memo.txt", memo, true, "http://attacker.example").status()).isEqualTo(403);
        assertThat(upload("tool.exe", memo, true, null).status()).isEqualTo(400);
        assertThat(upload("paper.pdf", memo, true, null).status()).isEqualTo(400);
        assertThat(upload("data.txt", new byte[] {'a', 0, 'b', 0, 1, 2}, true, null).status()).isEqualTo(400);
        assertThat(upload("empty.txt", new byte[0], true, null).status()).isEqualTo(400);
        assertThat(upload(null, memo, true, null).status()).isEqualTo(400);
        assertThat(upload("memo.txt", memo, true, null, "pair", "IRN").status()).isEqualTo(400);
        assertThat(upload("memo.txt", memo, true, null, "doc_date", "May 1997").status()).isEqualTo(400);
        Http.Answer big = upload("big.txt", new byte[(int) Uploads.MAX_BYTES + 10], true, null);
        assertThat(big.status()).isIn(413, 400);
        assertThat(big.object()).containsKey("message");
        assertThat(http.get("/api/uploads/0123456789abcdef").status()).isEqualTo(404);
    }

    @Test
    void namesAreMadeSafe() {
        assertThat(Uploads.safeName("C:\\Users\\x\\..\\report (final).PDF")).isEqualTo("report__final_.PDF");
        assertThat(Uploads.safeName("../../.hidden.txt")).isEqualTo("hidden.txt");
        assertThat(Uploads.safeName("a".repeat(300) + ".txt")).hasSize(100).endsWith(".txt");
    }
}
