package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The web explorer's files, from the jar: {@code /} (the page), {@code /explorer/*} (its script and style),
 * {@code /webjars/*} (the libraries vendored as WebJars) and {@code /explorer/queries.json} (the example queries
 * of {@code queries/}). The explorer reads the graph only through the SPARQL endpoint.
 */
final class ExplorerServlet extends HttpServlet {
    private static final String EXPLORER = "/org/newsgraph/explorer/";
    private static final String WEBJARS = "/META-INF/resources/webjars/";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8", "svg", "image/svg+xml", "png", "image/png");

    /** A query of {@code queries/}: file name, its opening comment, its text. */
    record Example(String name, String title, String text) {
    }

    private final byte[] examples;

    ExplorerServlet(List<Example> examples) {
        try {
            this.examples = new ObjectMapper().writeValueAsBytes(examples);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/explorer/queries.json")) {
            send(response, "json", examples);
            return;
        }
        String resource;
        if (path.equals("/") || path.equals("/index.html")) {
            resource = EXPLORER + "index.html";
        } else if (path.startsWith("/explorer/")) {
            resource = EXPLORER + path.substring("/explorer/".length());
        } else if (path.startsWith("/webjars/")) {
            resource = WEBJARS + path.substring("/webjars/".length());
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such page: " + path);
            return;
        }
        String extension = resource.substring(resource.lastIndexOf('.') + 1);
        try (InputStream in = resource.contains("..") ? null : ExplorerServlet.class.getResourceAsStream(resource)) {
            if (in == null || !TYPES.containsKey(extension)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such file: " + path);
                return;
            }
            send(response, extension, in.readAllBytes());
        }
    }

    private static void send(HttpServletResponse response, String extension, byte[] body) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(TYPES.get(extension));
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
