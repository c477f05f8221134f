package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsgraph.BadInputException;
import org.newsgraph.app.IngestReport;
import org.newsgraph.app.Ingester;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadOptions;

/**
 * {@code POST /newsgraph/ingest}: a text, HTML or JSON Lines body (gzip-compressed JSON Lines too), read by the
 * same readers as {@code ingest} and written with the same pipeline and linking, answered with the ingest
 * report as JSON. Refused (401) without the bearer token the server was started with. One ingest at a time;
 * queries go on meanwhile.
 */
final class IngestServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Ingester ingester;
    private final byte[] token;

    IngestServlet(Ingester ingester, String token) {
        this.ingester = ingester;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!authorized(request)) {
            response.setHeader("WWW-Authenticate", "Bearer");
            answer(response, HttpServletResponse.SC_UNAUTHORIZED, Map.of("error",
                    "ingest needs the token the server was started with (Authorization: Bearer TOKEN)"));
            return;
        }
        if (request.getContentLengthLong() > ArticleReader.MAX_ARTICLE_BYTES * 64L) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, Map.of("error", "the body is too large"));
            return;
        }
        Path dir = Files.createTempDirectory("newsgraph-ingest");
        Path upload = dir.resolve("upload");
        Path body = upload;
        try (InputStream in = request.getInputStream()) {
            Files.copy(in, upload);
            body = Files.move(upload, dir.resolve(name(request, upload)));
            IngestReport report;
            synchronized (ingester) {
                report = ingester.ingest(List.of(body.toString()), ReadOptions.none(), InputStream.nullInputStream());
            }
            String where = body.toString();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("articles", report.articles());
            out.put("replaced", report.replaced());
            out.put("entities", report.entities());
            out.put("events", report.events());
            out.put("problems", report.problems().stream()
                    .map(p -> p.getMessage().replace(where, "body")).toList());
            answer(response, report.problems().isEmpty() ? 200 : 422, out);
        } catch (BadInputException e) {
            answer(response, 400, Map.of("error", e.getMessage().replace(body.toString(), "body")));
        } finally {
            Files.deleteIfExists(upload);
            Files.deleteIfExists(body);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * A file name whose extension tells the readers what the body holds, and whose stem is the article's id
     * for a text or a page: the {@code id} parameter, else a hash of the body (so the same body twice is
     * the same article, replaced, and two bodies are two articles).
     */
    private static String name(HttpServletRequest request, Path upload) throws IOException {
        String type = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
        String given = request.getParameter("id");
        String base = given != null && given.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}") ? given : "posted-" + hash(upload);
        if (type.contains("gzip")) {
            return base + ".jsonl.gz";
        }
        if (type.contains("json")) {
            return base + ".jsonl";
        }
        if (type.contains("html")) {
            return base + ".html";
        }
        return base + ".txt";
    }

    private static String hash(Path file) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return java.util.HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private boolean authorized(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(token, header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8));
    }

    private static void answer(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
