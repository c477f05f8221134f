package org.newsgraph.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.model.*;

public class PipelineProbe {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        Pipeline p = Pipeline.english();
        AnnotatedArticle a = p.annotate(Article.of("x", text));
        if (args.length > 2) {
            for (Sentence s : a.sentences()) { StringBuilder b = new StringBuilder(); for (Token t : s.tokens()) b.append(t.text()).append('/').append(t.tag()).append('/').append(t.lemma()).append(' '); System.out.println(b); }
        }
        if (args.length > 1) {
            for (Mention m : a.mentions()) System.out.println("M " + m.sentence() + " " + m.name() + " " + m.type() + (m.pronoun() ? " PRON" : ""));
            for (Fact f : p.extract(a)) System.out.println("F " + f);
        }
        ArticleGraph g = p.process(Article.of("x", text));
        for (Entity e : g.entities()) System.out.println(e);
        for (Event e : g.events()) System.out.println(e.type() + " " + e.status() + " ag=" + e.agents() + " tg=" + e.targets() + " pa=" + e.participants() + " at=" + e.place() + " date=" + e.date() + " dur=" + e.duration() + " q=" + e.quote() + " ev=" + e.evidence().stream().map(v -> v.anchor() + "@" + v.begin()).toList());
    }
}
