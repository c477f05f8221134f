package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Known;
import org.newsgraph.model.Sentence;

/** The names of a wire story's dateline ("SANTAREM, Portugal (AP)_"): a place, and the region it lies in. */
final class DatelineNames {
    private final Gazetteer gazetteer;

    DatelineNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * "SANTAREM, Portugal (AP)_": the dateline's place is a place (a city unless the gazetteer knows it otherwise),
     * named in title case, and the part after its comma the region or country it lies in; they replace whatever
     * the capitals were read as.
     */
    List<NameCandidate> withDateline(AnnotatedArticle article, Sentence sentence, Dateline dateline,
                                     List<NameCandidate> found) {
        List<NameCandidate> out = new ArrayList<>();
        out.add(datelinePart(article, sentence, 0, dateline.placeStop(), EntityType.CITY));
        int stop = dateline.placeStop();
        if (dateline.regionStart() >= 0) {
            out.add(datelinePart(article, sentence, dateline.regionStart(), dateline.regionStop(), EntityType.REGION));
            stop = dateline.regionStop();
        }
        int covered = stop;
        found.stream().filter(c -> c.start() >= covered).forEach(out::add);
        return out;
    }

    private NameCandidate datelinePart(AnnotatedArticle article, Sentence sentence, int start, int stop,
                                       EntityType unknownType) {
        String written = NameCandidate.oneLine(article.text().substring(sentence.token(start).begin(),
                sentence.token(stop - 1).end()));
        String name = written.equals(written.toUpperCase(Locale.ROOT)) ? Dateline.titleCase(written) : written;
        Optional<Known> known = gazetteer.lookup(name).filter(k -> k.type().isPlace());
        return new NameCandidate(sentence.index(), start, stop, sentence.token(start).begin(),
                sentence.token(stop - 1).end(), known.map(Known::name).orElse(name),
                known.map(Known::type).orElse(unknownType), known, false);
    }
}
