package io.cadre.access;

import io.cadre.shared.Role;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Walks every view and layout of the UI, for every role and for nobody signed in, against the README's role matrix. */
class ViewAccessMatrixTest {

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    private static final List<JavaClass> SCREENS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.cadre").stream()
            .filter(c -> c.isAnnotatedWith(Route.class) || c.isAnnotatedWith(Layout.class))
            .toList();

    /** The matrix for views: the sign-in page is open, user administration is for ADMIN, imports, the audit timeline, scenarios and the growth model for the roles that change the org, the rest for every role. */
    static Set<Role> allowed(String route) {
        if (route.startsWith("admin")) {
            return EnumSet.of(Role.ADMIN);
        }
        if (route.startsWith("imports") || route.startsWith("audit") || route.startsWith("scenarios")
                || route.startsWith("growth")) {
            return EnumSet.of(Role.ADMIN, Role.HR, Role.DIRECTOR);
        }
        return EnumSet.allOf(Role.class);
    }

    @Test
    void everyScreenAnswersEveryRoleAsTheMatrixSays() throws ClassNotFoundException {
        assertThat(SCREENS).extracting(JavaClass::getSimpleName)
                .contains("LoginView", "MainLayout", "PeopleView", "PersonPage", "TeamsView", "TeamPage", "OrgChartView", "UsersView");
        for (JavaClass screen : SCREENS) {
            Class<?> type = Class.forName(screen.getName());
            String route = type.isAnnotationPresent(Route.class) ? type.getAnnotation(Route.class).value() : "";
            boolean open = type.getSimpleName().equals("LoginView");
            assertThat(checker.hasAccess(type, null, role -> false)).as("%s for nobody signed in", screen.getSimpleName())
                    .isEqualTo(open);
            for (Role role : Role.values()) {
                Principal user = () -> "someone";
                boolean expected = open || allowed(route).contains(role);
                assertThat(checker.hasAccess(type, user, role.name()::equals))
                        .as("%s for %s", screen.getSimpleName(), role).isEqualTo(expected);
            }
        }
    }
}
