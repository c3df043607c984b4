package io.cadre.platform.web;

import io.cadre.shared.TextRule;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads request bodies strictly, so that anything but a valid value of a field's type is a 400 naming the
 * field instead of a guess or a silent default: a property the body does not have, a property given twice,
 * a number or boolean for text, text or an empty value for an id, a number or an enum, a date not written
 * {@code YYYY-MM-DD}, and text that breaks the {@link TextRule} (lone surrogates, control characters).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    static final String DATE_MESSAGE = "must be a date written YYYY-MM-DD, such as 2027-03-01";

    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .withCoercionConfigDefaults(all -> all
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail)
                        .setAcceptBlankAsEmpty(false))
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, bool -> bool
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .addModule(new SimpleModule("cadre-strict-input")
                        .addDeserializer(String.class, new RuledText(false))
                        .addKeyDeserializer(String.class, new RuledKey())
                        .addDeserializer(LocalDate.class, new IsoDate()));
    }

    /** A body value refused by Cadre's own rule, with the message to show for its field. */
    static final class Refused extends MismatchedInputException {

        Refused(JsonParser parser, String message, Class<?> type) {
            super(parser, message, type);
        }
    }

    /** Jackson's own text reading, refusing text that breaks the {@link TextRule} for its field. */
    static final class RuledText extends StringDeserializer {

        private final boolean multiLine;

        RuledText(boolean multiLine) {
            this.multiLine = multiLine;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean wanted = property != null && TextRule.multiLine(property.getName());
            return wanted == multiLine ? this : new RuledText(wanted);
        }

        @Override
        public boolean isCachable() {
            return false;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            String problem = TextRule.problem(text, multiLine);
            if (problem != null) {
                throw new Refused(parser, problem, String.class);
            }
            return text;
        }
    }

    /** The names of a map (such as the labels of a label mapping) follow the same rule as one-line text. */
    static final class RuledKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            String problem = TextRule.problem(key, false);
            if (problem != null) {
                throw new Refused(context.getParser(), "a name " + problem, String.class);
            }
            return key;
        }
    }

    /** A date is text written {@code YYYY-MM-DD}: not a number of days, an array, an empty or a blank text. */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                try {
                    return LocalDate.parse(parser.getString(), DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException e) {
                    // refused below
                }
            }
            throw new Refused(parser, DATE_MESSAGE, LocalDate.class);
        }
    }
}
