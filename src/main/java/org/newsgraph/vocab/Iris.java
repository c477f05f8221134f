package org.newsgraph.vocab;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import org.newsgraph.model.EntityKey;

/**
 * Mints every IRI Newsgraph writes. IRIs are stable: an entity's comes from its type and canonical name
 * ({@code person/marco-rubio}), an article's from its id, an event's from its article and number.
 */
public final class Iris {
    public static final String BASE = "https://w3id.org/newsgraph/id/";
    public static final String LINKS_GRAPH = BASE + "graph/links";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private Iris() {
    }

    public static String article(String id) {
        return BASE + "article/" + encode(id);
    }

    public static String entity(EntityKey key) {
        return BASE + key.type().slug() + "/" + slug(key.name());
    }

    public static String event(String articleId, int number) {
        return BASE + "event/" + encode(articleId) + "-" + number;
    }

    public static String evidence(String articleId, int event, int number) {
        return BASE + "evidence/" + encode(articleId) + "-" + event + "-" + number;
    }

    public static String wikidata(String id) {
        return WIKIDATA + id;
    }

    /** The article id an article IRI was minted from. */
    public static String articleId(String iri) {
        String prefix = BASE + "article/";
        if (!iri.startsWith(prefix)) {
            throw new IllegalArgumentException("not an article IRI: " + iri);
        }
        return java.net.URLDecoder.decode(iri.substring(prefix.length()), StandardCharsets.UTF_8);
    }

    /** "Ana Lima" → "ana-lima"; "São Paulo" → "sao-paulo"; "U.S." → "u-s". */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? encode(name) : slug;
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters. */
    public static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
