package io.kine.infra.config;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kine.kernel.clinical.AttachmentId;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.NoteTemplateId;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.billing.BillingSettingsId;
import io.kine.kernel.billing.CreditNoteId;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.PatientAccountId;
import io.kine.kernel.billing.PaymentId;
import io.kine.kernel.billing.ProductId;
import io.kine.infra.audit.PersonalDataSerializer;
import io.kine.infra.audit.SubjectKeys;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.SeriesId;
import io.kine.kernel.scheduling.WorkingHoursExceptionId;
import io.kine.kernel.scheduling.WorkingHoursId;
import java.io.IOException;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * How events, snapshots, tokens and sagas are written: JSON an auditor can read with SQL.
 * Dates are ISO strings and typed ids plain UUID strings ({@code "patientId": "8f1…"}).
 *
 * <p>Axon 4 uses Jackson 2; the web layer uses Spring Boot's Jackson 3. This mapper is not a
 * bean, so the two never meet.
 */
@Configuration(proxyBeanMethods = false)
class AxonSerialization {

    /** Package-visible for the serialization tests. */
    static ObjectMapper eventMapper() {
        SimpleModule typedIds = new SimpleModule("kine-typed-ids");
        typedId(typedIds, OrganizationId.class, OrganizationId::value, OrganizationId::new);
        typedId(typedIds, LocationId.class, LocationId::value, LocationId::new);
        typedId(typedIds, ResourceId.class, ResourceId::value, ResourceId::new);
        typedId(typedIds, UserId.class, UserId::value, UserId::new);
        typedId(typedIds, PatientId.class, PatientId::value, PatientId::new);
        typedId(typedIds, AppointmentId.class, AppointmentId::value, AppointmentId::new);
        typedId(typedIds, AppointmentTypeId.class, AppointmentTypeId::value, AppointmentTypeId::new);
        typedId(typedIds, WorkingHoursId.class, WorkingHoursId::value, WorkingHoursId::new);
        typedId(typedIds, SeriesId.class, SeriesId::value, SeriesId::new);
        typedId(typedIds, WorkingHoursExceptionId.class, WorkingHoursExceptionId::value, WorkingHoursExceptionId::new);
        typedId(typedIds, CaseId.class, CaseId::value, CaseId::new);
        typedId(typedIds, VisitId.class, VisitId::value, VisitId::new);
        typedId(typedIds, NoteTemplateId.class, NoteTemplateId::value, NoteTemplateId::new);
        typedId(typedIds, AttachmentId.class, AttachmentId::value, AttachmentId::new);
        typedId(typedIds, ProductId.class, ProductId::value, ProductId::new);
        typedId(typedIds, InvoiceId.class, InvoiceId::value, InvoiceId::new);
        typedId(typedIds, CreditNoteId.class, CreditNoteId::value, CreditNoteId::new);
        typedId(typedIds, PaymentId.class, PaymentId::value, PaymentId::new);
        typedId(typedIds, PatientAccountId.class, PatientAccountId::value, PatientAccountId::new);
        typedId(typedIds, BillingSettingsId.class, BillingSettingsId::value, BillingSettingsId::new);
        return new ObjectMapper()
                // exactly the record components: a helper like isEmpty() must not become a field
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .registerModule(new JavaTimeModule())
                .registerModule(typedIds)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                // events pass through JSON trees (personal data sealing): keep amounts exact,
                // 1234.50 stays 1234.50 and 20 stays 20, never a double or 2E+1
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }

    private static <T> void typedId(SimpleModule module, Class<T> type, Function<T, UUID> value,
            Function<UUID, T> create) {
        module.addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(T id, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(value.apply(id).toString());
            }
        });
        module.addDeserializer(type, new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser json, DeserializationContext context) throws IOException {
                return create.apply(UUID.fromString(json.getValueAsString()));
            }
        });
    }

    private static Serializer json() {
        return JacksonSerializer.builder().objectMapper(eventMapper()).build();
    }

    /** Snapshots, tokens and sagas. */
    @Bean
    @Primary
    Serializer serializer() {
        return json();
    }

    /** Events: personal data sealed with its patient's key (crypto-shredding, see PersonalDataSerializer). */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(SubjectKeys keys) {
        return new PersonalDataSerializer(json(), eventMapper(), keys);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return json();
    }
}
