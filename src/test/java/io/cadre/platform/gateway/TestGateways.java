package io.cadre.platform.gateway;

import org.axonframework.queryhandling.QueryGateway;

/** Cadre's gateways over an Axon gateway of a test's own, for fixture tests that run without the Spring application. */
public final class TestGateways {

    private TestGateways() {
    }

    public static Queries queries(QueryGateway gateway) {
        return new Queries(gateway);
    }
}
