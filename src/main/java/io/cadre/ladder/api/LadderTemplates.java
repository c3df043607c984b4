package io.cadre.ladder.api;

import java.util.List;

/** The starter ladders Cadre ships, built from public frameworks and kept with their licence and attribution. */
public interface LadderTemplates {

    /** One shipped template: its key, what it is called, and whom it comes from. */
    record Template(String key, String name, String attribution) {
    }

    List<Template> all();

    /** The template's content, ready to start a ladder with. */
    LadderContent content(String key);
}
