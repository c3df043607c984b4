package io.cadre.demo;

import java.util.UUID;

/** What the demo remembers of one person while it builds the organisation: where they are and who they report to. */
final class DemoMember {

    final String name;
    UUID team;
    UUID manager;
    String level;
    String title;
    boolean active = true;

    DemoMember(String name, UUID team, UUID manager, String level, String title) {
        this.name = name;
        this.team = team;
        this.manager = manager;
        this.level = level;
        this.title = title;
    }
}
