package org.newsgraph.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.newsgraph.model.Article;

/**
 * Articles made from templates with invented people, places and organisations, and mutations of them, from a
 * seed: the same seed gives the same articles. For property-based tests and the crash test, which need many
 * varied articles that share people (so that cross-article resolution and linking have work to do).
 */
public final class GeneratedArticles {
    private static final String[] GIVEN = {"Olav", "Ana", "Pedro", "Tomas", "Ilse", "Marta", "Kofi", "Lena", "Ravi",
            "Yuki", "Sergio", "Amara"};
    private static final String[] FAMILY = {"Berg", "Lima", "Alves", "Reyes", "Brandt", "Novak", "Mensah", "Keller",
            "Rao", "Sato", "Duarte", "Okafor"};
    private static final String[] COUNTRIES = {"Norway", "Brazil", "Portugal", "Chile", "Germany", "Poland", "Ghana",
            "Austria", "India", "Japan", "Spain", "Nigeria"};
    private static final String[] DEMONYMS = {"Norwegian", "Brazilian", "Portuguese", "Chilean", "German", "Polish",
            "Ghanaian", "Austrian", "Indian", "Japanese", "Spanish", "Nigerian"};
    private static final String[] CITIES = {"Oslo", "Lisbon", "Geneva", "Vienna", "Nairobi", "Tokyo", "Madrid",
            "Warsaw"};
    private static final String[] TITLES = {"Foreign Minister", "President", "Prime Minister", "Trade Minister",
            "Defence Minister"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] TOPICS = {"trade", "fishing rights", "a border dispute", "energy prices",
            "climate finance"};
    private static final String[] ORGS = {"the United Nations", "the European Union", "NATO", "the World Bank",
            "the African Union"};

    private final Random random;

    public GeneratedArticles(long seed) {
        random = new Random(seed);
    }

    /** {@code n} articles with ids {@code PREFIX-1} … {@code PREFIX-n}. */
    public List<Article> articles(String prefix, int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(Article.of(prefix + "-" + i, text()).withDate(LocalDate.of(2024, 1 + random.nextInt(3),
                    1 + random.nextInt(28))));
        }
        return out;
    }

    /** One article of three to eight sentences. */
    public String text() {
        int a = random.nextInt(GIVEN.length);
        int b = (a + 1 + random.nextInt(GIVEN.length - 1)) % GIVEN.length;
        String first = GIVEN[a] + " " + FAMILY[a];
        String second = GIVEN[b] + " " + FAMILY[b];
        String city = pick(CITIES);
        String day = pick(DAYS);
        List<String> sentences = new ArrayList<>();
        if (random.nextInt(5) == 0) { // surnames only: resolved across articles, if at all
            sentences.add(FAMILY[a] + " met " + FAMILY[b] + " in " + city + " on " + day + ", officials said.");
        } else {
            sentences.add(DEMONYMS[a] + " " + pick(TITLES) + " " + first + " met " + DEMONYMS[b] + " " + pick(TITLES)
                    + " " + second + " in " + city + " on " + day + " to discuss " + pick(TOPICS) + ".");
        }
        int more = 2 + random.nextInt(6);
        for (int i = 0; i < more; i++) {
            sentences.add(switch (random.nextInt(8)) {
                case 0 -> "\"The talks were " + pick(new String[] {"useful", "difficult", "frank"}) + ",\" "
                        + FAMILY[a] + " told reporters.";
                case 1 -> FAMILY[b] + " said " + COUNTRIES[b] + " would sign an agreement with " + COUNTRIES[a]
                        + " next month.";
                case 2 -> "Later, " + FAMILY[a] + " spoke by telephone with " + pick(GIVEN) + " " + pick(FAMILY) + ".";
                case 3 -> FAMILY[b] + " will visit " + pick(CITIES) + " on " + pick(DAYS) + ", officials said.";
                case 4 -> pick(ORGS) + " imposed sanctions on " + pick(COUNTRIES) + " on " + pick(DAYS) + ".";
                case 5 -> "He said the meeting lasted " + (1 + random.nextInt(5)) + " hours.";
                case 6 -> "'We are ready,' " + FAMILY[b] + " said, adding that a summit was planned for June "
                        + (1 + random.nextInt(28)) + ".";
                default -> FAMILY[a] + " declined to meet " + FAMILY[b] + "'s deputy.";
            });
        }
        return String.join(random.nextBoolean() ? " " : "\n\n", sentences);
    }

    /** A text damaged as real inputs are: cut, doubled, capitalised, stray marks and odd characters inserted. */
    public String mutate(String text) {
        StringBuilder out = new StringBuilder(text);
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations && out.length() > 0; i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(9)) {
                case 0 -> out.setLength(at);
                case 1 -> out.insert(at, out.substring(0, at));
                case 2 -> out.replace(0, out.length(), out.toString().toUpperCase(java.util.Locale.ROOT));
                case 3 -> out.insert(at, pick(new String[] {"\"", "'", "\u201C", "\u201D", "``", "''", "\u00AB", "(", ")"}));
                case 4 -> out.insert(at, pick(new String[] {"\u0000", "\u0007", "\t", "\r\n", "\u00A0", "\u200B", "\uFEFF"}));
                case 5 -> out.insert(at, new String(Character.toChars(0x1F600 + random.nextInt(50))));
                case 6 -> out.deleteCharAt(at);
                case 7 -> out.insert(at, "x".repeat(1 + random.nextInt(300)));
                default -> out.replace(at, Math.min(out.length(), at + 5), ".,;:!?".substring(random.nextInt(6)));
            }
        }
        return out.toString();
    }

    public Random random() {
        return random;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
