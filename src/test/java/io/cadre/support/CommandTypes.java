package io.cadre.support;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cadre's command types, found in its classes rather than listed: what a {@code @CommandHandler} takes, and
 * every class that names the aggregate it is for with {@code @TargetAggregateIdentifier}.
 */
public final class CommandTypes {

    private CommandTypes() {
    }

    public static Set<JavaClass> in(JavaClasses classes) {
        Stream<JavaClass> handled = classes.stream()
                .flatMap(type -> type.getCodeUnits().stream())
                .filter(unit -> unit.isAnnotatedWith(CommandHandler.class) && !unit.getRawParameterTypes().isEmpty())
                .map(unit -> unit.getRawParameterTypes().getFirst());
        Stream<JavaClass> targeted = classes.stream()
                .filter(type -> type.getFields().stream().anyMatch(field -> field.isAnnotatedWith(TargetAggregateIdentifier.class)));
        return Stream.concat(handled, targeted).collect(Collectors.toSet());
    }

    /** The command types of Cadre's main code, by their full names. */
    public static Set<String> ofCadre() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.cadre");
        return in(classes).stream().map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
    }
}
