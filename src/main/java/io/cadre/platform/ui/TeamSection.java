package io.cadre.platform.ui;

import com.vaadin.flow.component.Component;
import java.util.UUID;

/**
 * A part of a team's page that another feature draws, so that the team page shows, say, the team's objectives without
 * the organisation knowing the features built on it.
 */
public interface TeamSection {

    /** The section for one team as it stands today; drawn anew whenever the page redraws. */
    Component forTeam(UUID teamId);
}
