package io.cadre.imports.service;

import io.cadre.org.api.LevelCatalog;
import io.cadre.platform.consistency.ReadModelBarrier;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import java.time.Clock;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.stereotype.Component;

/** What the import runs work with: org's commands and queries, the read models, the ladders and the import records. */
@Component
record ImportTools(Commands commands, Queries queries, ReadModelBarrier barrier, ImportJobs jobs, Clock clock,
                   LevelCatalog ladders, TransactionManager transactions) {
}
