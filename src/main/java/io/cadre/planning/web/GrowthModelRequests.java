package io.cadre.planning.web;

import io.cadre.planning.api.GrowthInputs;

/** The bodies of the growth-model calls. */
final class GrowthModelRequests {

    private GrowthModelRequests() {
    }

    /** Save a model under a name with its inputs. */
    record Save(String name, GrowthInputs inputs, String reason) {
    }
}
