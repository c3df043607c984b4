package io.cadre.org.query;

import io.cadre.org.api.ChartPlaceholder;
import io.cadre.org.api.ChartPlaceholderList;
import io.cadre.org.api.ChartPlaceholders;
import io.cadre.org.api.GetChartPlaceholders;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Gathers the chart's boxes that are not people from every capability that implements {@link ChartPlaceholders}. */
@Component
class ChartPlaceholderQueries {

    private final ObjectProvider<ChartPlaceholders> sources;

    ChartPlaceholderQueries(ObjectProvider<ChartPlaceholders> sources) {
        this.sources = sources;
    }

    @QueryHandler
    ChartPlaceholderList handle(GetChartPlaceholders query) {
        List<ChartPlaceholder> all = new ArrayList<>();
        sources.orderedStream().forEach(source -> all.addAll(source.on(query.asOf())));
        return new ChartPlaceholderList(List.copyOf(all));
    }
}
