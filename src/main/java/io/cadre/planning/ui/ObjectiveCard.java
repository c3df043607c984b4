package io.cadre.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import io.cadre.planning.api.Confidence;
import io.cadre.planning.api.KeyResultDetails;
import io.cadre.planning.api.ObjectiveStatus;
import io.cadre.planning.api.ObjectiveDetails;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** One objective as a card: title, team, period and status, its progress, and each key result as a bar coloured by confidence. */
final class ObjectiveCard extends Div {

    /** What an editor can do from a card; null for readers. */
    record Actions(Consumer<ObjectiveDetails> commit, BiConsumer<ObjectiveDetails, KeyResultDetails> checkIn) {
    }

    ObjectiveCard(ObjectiveDetails objective, Actions actions) {
        addClassName("objective-card");
        getElement().setAttribute("data-objective", objective.id().toString());
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("width", "24rem").set("box-sizing", "border-box")
                .set("background", "var(--lumo-base-color)");
        RouterLink title = new RouterLink(objective.title(), ObjectivePage.class, new RouteParameters("objectiveId", objective.id().toString()));
        title.addClassName("objective-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Span status = badge(objective.status());
        Div meta = new Div(new Span(objective.teamName() + " · " + objective.period() + " · "), status, new Span(" · " + percent(objective.progress())));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(title, meta);
        if (objective.teamDissolved() || objective.periodEnded()) {
            Span note = new Span(objective.teamDissolved() ? "Its team is dissolved." : "Its period has ended.");
            note.addClassName("objective-note");
            note.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
            add(new Div(note));
        }
        if (objective.keyResults().isEmpty()) {
            add(new Div(new Span("No key results yet: add one on the objective's page before committing it.")));
        }
        for (KeyResultDetails kr : objective.keyResults()) {
            add(keyResult(objective, kr, actions));
        }
        if (actions != null && objective.status() == ObjectiveStatus.DRAFT) {
            Button commit = new Button("Commit", click -> actions.commit().accept(objective));
            commit.addClassName("commit");
            commit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(commit);
        }
    }

    private static Div keyResult(ObjectiveDetails objective, KeyResultDetails kr, Actions actions) {
        Div row = new Div();
        row.addClassName("key-result");
        row.getStyle().set("margin-top", "var(--lumo-space-s)");
        String unit = kr.unit() == null ? "" : " " + kr.unit();
        Span label = new Span(kr.title() + ": " + kr.current().toPlainString() + unit + ", target " + kr.target().toPlainString() + unit
                + (kr.confidence() != null ? " · " + words(kr.confidence()) : ""));
        label.getStyle().set("font-size", "var(--lumo-font-size-s)");
        row.add(new Div(label), bar(kr));
        if (actions != null && objective.status() == ObjectiveStatus.COMMITTED) {
            Button checkIn = new Button("Check in", click -> actions.checkIn().accept(objective, kr));
            checkIn.addClassName("check-in");
            checkIn.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(checkIn);
        }
        return row;
    }

    /** A progress bar in the colour of the latest confidence: green on track, amber at risk, red off track, blue before any check-in. */
    static ProgressBar bar(KeyResultDetails kr) {
        ProgressBar bar = new ProgressBar(0, 1, kr.progress());
        bar.addClassName("kr-progress");
        if (kr.confidence() != null) {
            bar.getElement().setAttribute("data-confidence", kr.confidence().name());
            switch (kr.confidence()) {
                case ON_TRACK -> bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
                case AT_RISK -> bar.getStyle().set("--lumo-primary-color", "#d98b00").set("--vaadin-progress-value-background", "#d98b00");
                case OFF_TRACK -> bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
            }
        }
        return bar;
    }

    static Span badge(ObjectiveStatus status) {
        Span badge = new Span(status.name().charAt(0) + status.name().substring(1).toLowerCase());
        badge.addClassName("objective-status");
        String colour = switch (status) {
            case DRAFT -> "var(--lumo-contrast-60pct)";
            case COMMITTED -> "var(--lumo-primary-color)";
            case ACHIEVED -> "var(--lumo-success-color)";
            case MISSED, DROPPED -> "var(--lumo-error-color)";
        };
        badge.getStyle().set("color", colour).set("border", "1px solid " + colour).set("border-radius", "1em")
                .set("padding", "0 0.5em").set("font-size", "var(--lumo-font-size-xs)").set("font-weight", "600");
        return badge;
    }

    static String percent(Double progress) {
        return progress == null ? "no key results" : Math.round(progress * 100) + "%";
    }

    static String words(Confidence confidence) {
        return switch (confidence) {
            case ON_TRACK -> "on track";
            case AT_RISK -> "at risk";
            case OFF_TRACK -> "off track";
        };
    }
}
