package io.cadre.audit.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * No event type is left out of the audit timeline: every event class (one with a {@code @Revision}, or implementing a
 * feature's event interface) in any feature's {@code api} package has a description, so a new event type without one
 * fails here.
 */
class EventDescriptionsTest {

    @Test
    void everyEventOfEveryFeatureIsDescribed() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        // An event is a class that carries a revision, or that implements a feature's event interface (OrgEvent, AccessEvent...).
        scan.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        scan.addIncludeFilter((reader, factory) -> java.util.Arrays.stream(reader.getClassMetadata().getInterfaceNames())
                .anyMatch(name -> name.startsWith("io.cadre.") && name.endsWith("Event")));
        List<Class<?>> events = new ArrayList<>();
        for (BeanDefinition found : scan.findCandidateComponents("io.cadre")) {
            Class<?> type = Class.forName(found.getBeanClassName());
            if (type.getPackageName().endsWith(".api")) {
                events.add(type);
            }
        }
        assertThat(events).extracting(Class::getSimpleName)
                .contains("PersonHired", "TeamMoved", "LadderPublished", "CandidateAccepted", "PositionFilled", "CheckInRecorded");

        Set<Class<?>> described = Descriptions.all().describedTypes();
        assertThat(events).as("event types without an audit description (add one to the feature's Describer)")
                .allSatisfy(event -> assertThat(described).as(event.getName()).contains(event));
    }

    @Test
    void theKindOfChangeIsTheEventsNameInCapitals() {
        assertThat(Descriptions.kindOf(io.cadre.org.api.PersonTransferred.class)).isEqualTo("PERSON_TRANSFERRED");
        assertThat(Descriptions.kindOf(io.cadre.planning.api.CheckInRecorded.class)).isEqualTo("CHECK_IN_RECORDED");
        assertThat(Descriptions.all().kinds()).contains("MANAGER_CHANGED", "TEAM_LEAD_ASSIGNED", "LADDER_DRAFT_SAVED");
    }
}
