package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.NewsgraphException;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Gender;
import org.newsgraph.model.Known;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;

/**
 * What Newsgraph knows before reading: countries with their other names and adjectives, cities (hand-written,
 * then about 4,300 from GeoNames: see {@code src/gazetteer}) and regions with the place they lie in,
 * international organisations, titles of office and common given names. Read once from the TSV files beside
 * this class; immutable afterwards, so shared by all threads.
 */
public final class Gazetteer {
    private static final String BASE = "/org/newsgraph/gazetteer/";
    private static final Gazetteer ENGLISH = load();

    private final Map<String, Known> byName;
    private final Map<String, List<Known>> alternatives;
    private final Map<String, Known> byAdjective;
    private final Map<String, Known> byCanonical;
    private final Set<String> titleHeads;
    private final Set<String> titleModifiers;
    private final Set<String> departments;
    private final Set<String> honorifics;
    private final Set<String> givenNames;
    private final Map<String, EntityType> classifiers;
    private final Map<String, Gender> genders;
    private final int longestName;
    private final Set<String> fromGeoNames;

    private Gazetteer(Map<String, Known> byName, Map<String, List<Known>> alternatives,
                      Map<String, Known> byAdjective, Map<String, Known> byCanonical,
                      Map<String, Set<String>> titles, Set<String> givenNames,
                      Map<String, EntityType> classifiers, Map<String, Gender> genders, Set<String> fromGeoNames) {
        this.fromGeoNames = Set.copyOf(fromGeoNames);
        this.byName = Map.copyOf(byName);
        this.alternatives = Map.copyOf(alternatives);
        this.byAdjective = Map.copyOf(byAdjective);
        this.byCanonical = Map.copyOf(byCanonical);
        this.titleHeads = Set.copyOf(titles.get("head"));
        this.titleModifiers = Set.copyOf(titles.get("modifier"));
        this.departments = Set.copyOf(titles.get("department"));
        this.honorifics = Set.copyOf(titles.get("honorific"));
        this.givenNames = Set.copyOf(givenNames);
        this.classifiers = Map.copyOf(classifiers);
        this.genders = Map.copyOf(genders);
        this.longestName = byCanonical.values().stream()
                .flatMap(k -> java.util.stream.Stream.concat(java.util.stream.Stream.of(k.name()), k.aliases().stream()))
                .mapToInt(name -> name.split("[ ,]+").length + 2).max().orElse(1);
    }

    /** Whether a name is known only from the GeoNames city list, not from the hand-written files. */
    public boolean isFromGeoNames(String words) {
        return fromGeoNames.contains(key(words));
    }

    public static Gazetteer english() {
        return ENGLISH;
    }

    /** The entry whose name or other name is exactly these words (case as written; quotes normalised). */
    public Optional<Known> lookup(String words) {
        return Optional.ofNullable(byName.get(key(words)));
    }

    /**
     * Every entry with this name, the default first: "Georgia" is a country and a US state. The caller picks
     * by context.
     */
    public List<Known> alternatives(String words) {
        return alternatives.getOrDefault(key(words), lookup(words).map(List::of).orElse(List.of()));
    }

    /** The country an adjective or demonym names: "Russian" → Russia. */
    public Optional<Known> country(String adjective) {
        return Optional.ofNullable(byAdjective.get(key(adjective)));
    }

    /**
     * A mention of the country the demonym ending at token k names, on the demonym's tokens: "North Korean"
     * (two tokens) before "Korean" alone, then "Russian".
     */
    public Optional<Mention> demonymEndingAt(Sentence s, int k) {
        int start = k > 0 && country(s.text(k - 1, k + 1)).isPresent() ? k - 1 : k;
        return country(s.text(start, k + 1)).map(c -> new Mention(s.index(), start, k + 1, s.token(start).begin(),
                s.token(k).end(), c.name(), c.type(), Optional.of(c), false));
    }

    /** The entry with this canonical name. */
    public Optional<Known> canonical(String name) {
        return Optional.ofNullable(byCanonical.get(name));
    }

    /** The adjective for a country ("Russia" → "Russian"), when one is known. */
    public Optional<String> adjectiveOf(Known country) {
        return byAdjective.entrySet().stream()
                .filter(e -> e.getValue().equals(country) && Character.isUpperCase(e.getKey().charAt(0)))
                .map(Map.Entry::getKey)
                .filter(a -> !a.endsWith("s") || a.endsWith("ss"))
                .sorted()
                .findFirst();
    }

    /** How many words the longest known name has: the longest span worth looking up. */
    public int longestName() {
        return longestName;
    }

    public boolean isTitleHead(String word) {
        return titleHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isTitleModifier(String word) {
        return titleModifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isTitleWord(String word) {
        return isTitleHead(word) || isTitleModifier(word);
    }

    public boolean isDepartment(String words) {
        return departments.contains(words);
    }

    public boolean isHonorific(String word) {
        return honorifics.contains(word);
    }

    /** A given name of the list, or one whose gender the gazetteer knows. */
    public boolean isGivenName(String word) {
        return givenNames.contains(word) || genders.containsKey(word);
    }

    /** What a common noun written right before a name says it is: "goalkeeper" a person, "journal" not. */
    public Optional<EntityType> classifier(String lemma) {
        return Optional.ofNullable(classifiers.get(lemma));
    }

    /** Whether a given name nearly always names a woman or a man. */
    public Optional<Gender> genderOf(String givenName) {
        return Optional.ofNullable(genders.get(givenName));
    }

    private static String key(String words) {
        String key = words.replace('\u2019', '\'').replace(" ", "");
        return key.startsWith("The") ? "the" + key.substring(3) : key;
    }

    private static Gazetteer load() {
        Map<String, Known> byName = new HashMap<>();
        Map<String, List<Known>> alternatives = new HashMap<>();
        Map<String, Known> byAdjective = new HashMap<>();
        Map<String, Known> byCanonical = new HashMap<>();
        for (String[] row : rows("countries.tsv")) {
            Known country = known(row[0], EntityType.COUNTRY, cell(row, 2), Optional.empty(), row[1]);
            register(byName, alternatives, byCanonical, country);
            for (String adjective : cell(row, 3)) {
                byAdjective.put(key(adjective), country);
            }
        }
        for (String[] row : rows("cities.tsv")) {
            register(byName, alternatives, byCanonical, known(row[0], EntityType.CITY, cell(row, 3),
                    Optional.of(row[2]), row[1]));
        }
        Set<String> fromGeoNames = new HashSet<>();
        for (String[] row : rows("geonames-cities.tsv")) {
            // GeoNames cities, below the hand-written entries: a name already known keeps its entry
            if (!byName.containsKey(key(row[0]))) {
                fromGeoNames.add(key(row[0]));
                register(byName, alternatives, byCanonical, known(row[0], EntityType.CITY, List.of(),
                        Optional.of(row[2]), row[1]));
            }
        }
        for (String[] row : rows("regions.tsv")) {
            register(byName, alternatives, byCanonical, known(row[0], EntityType.REGION, cell(row, 3),
                    cell(row, 2).stream().findFirst(), row[1]));
        }
        for (String[] row : rows("organizations.tsv")) {
            register(byName, alternatives, byCanonical, known(row[0], EntityType.ORGANIZATION, cell(row, 2),
                    Optional.empty(), row[1]));
        }
        Map<String, Set<String>> titles = new HashMap<>();
        for (String[] row : rows("titles.tsv")) {
            titles.computeIfAbsent(row[0], k -> new HashSet<>()).addAll(cell(row, 1));
        }
        Set<String> givenNames = new HashSet<>();
        for (String line : lines("given-names.txt")) {
            givenNames.addAll(Arrays.asList(line.trim().split("\\s+")));
        }
        Map<String, EntityType> classifiers = new HashMap<>();
        for (String[] row : rows("classifiers.tsv")) {
            EntityType type = EntityType.valueOf(row[0].toUpperCase(Locale.ROOT));
            cell(row, 1).forEach(lemma -> classifiers.put(lemma, type));
        }
        Map<String, Gender> genders = new HashMap<>();
        for (String[] row : rows("gendered-names.tsv")) {
            Gender gender = Gender.valueOf(row[0].toUpperCase(Locale.ROOT));
            for (String name : row[1].trim().split("\\s+")) {
                genders.put(name, gender);
                if (!byName.containsKey(key(name))) {
                    givenNames.add(name);
                }
            }
        }
        alternatives.values().removeIf(list -> list.size() < 2);
        alternatives.replaceAll((k, list) -> List.copyOf(list));
        return new Gazetteer(byName, alternatives, byAdjective, byCanonical, titles, givenNames, classifiers,
                genders, fromGeoNames);
    }

    private static Known known(String name, EntityType type, List<String> aliases, Optional<String> container,
                               String wikidata) {
        return new Known(name, type, aliases, container.filter(c -> !c.isBlank()),
                Optional.of(wikidata).filter(w -> !w.isBlank()));
    }

    private static void register(Map<String, Known> byName, Map<String, List<Known>> alternatives,
                                 Map<String, Known> byCanonical, Known known) {
        byCanonical.putIfAbsent(known.name(), known);
        List<String> names = new ArrayList<>(List.of(known.name()));
        names.addAll(known.aliases());
        for (String alias : List.copyOf(names)) {
            if (alias.endsWith(".") && alias.length() > 2) {
                names.add(alias.substring(0, alias.length() - 1));
            }
        }
        for (String name : names) {
            byName.putIfAbsent(key(name), known);
            List<Known> list = alternatives.computeIfAbsent(key(name), k -> new ArrayList<>());
            if (!list.contains(known)) {
                list.add(known);
            }
        }
    }

    private static List<String> cell(String[] row, int column) {
        if (row.length <= column || row[column].isBlank()) {
            return List.of();
        }
        return Arrays.stream(row[column].split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String[]> rows(String file) {
        return lines(file).stream().map(line -> line.split("\t", -1)).toList();
    }

    private static List<String> lines(String file) {
        InputStream in = Gazetteer.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new NewsgraphException("gazetteer file " + file + " is missing from the classpath");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new NewsgraphException("gazetteer file " + file + " could not be read: " + e.getMessage(), e);
        }
        return lines;
    }
}
