package io.cadre.planning.query;

import io.cadre.planning.api.GetGrowthModel;
import io.cadre.planning.api.GrowthInputs;
import io.cadre.planning.api.GrowthModelDetails;
import io.cadre.planning.api.ListGrowthModels;
import io.cadre.shared.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the saved growth models from their read model. */
@Component
class GrowthModelQueries {

    private static final String COLUMNS = "select id, name, root_team_id, from_date, quarters, target_headcount, hires_per_quarter,"
            + " attrition_per_year, promotion_per_year, span_of_control, saved_at, saved_by, reason from growth_model";

    private final JdbcTemplate jdbc;

    GrowthModelQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    GrowthModelDetails handle(GetGrowthModel query) {
        return jdbc.query(COLUMNS + " where id = ?", GrowthModelQueries::model, query.modelId()).stream().findFirst()
                .orElseThrow(() -> new NotFound("No growth model with id " + query.modelId()));
    }

    @QueryHandler
    List<GrowthModelDetails> handle(ListGrowthModels query) {
        return jdbc.query(COLUMNS + " order by saved_at desc, name, id", GrowthModelQueries::model);
    }

    private static GrowthModelDetails model(ResultSet rs, int row) throws SQLException {
        GrowthInputs inputs = new GrowthInputs(rs.getObject("root_team_id", UUID.class), rs.getObject("from_date", LocalDate.class),
                rs.getInt("quarters"), (Integer) rs.getObject("target_headcount"), (Integer) rs.getObject("hires_per_quarter"),
                rs.getBigDecimal("attrition_per_year"), rs.getBigDecimal("promotion_per_year"), rs.getInt("span_of_control"));
        return new GrowthModelDetails(rs.getObject("id", UUID.class), rs.getString("name"), inputs, rs.getTimestamp("saved_at").toInstant(),
                rs.getString("saved_by"), rs.getString("reason"));
    }
}
