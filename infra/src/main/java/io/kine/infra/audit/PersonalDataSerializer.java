package io.kine.infra.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;

/**
 * The event serializer with crypto-shredding: events whose class has {@code @PersonalData}
 * fields are written with those fields sealed by their patient's key and read back opened (or
 * as "[erased]"). Everything else passes straight to the JSON serializer, so events without
 * personal data are stored exactly as before. Every feature gets this by annotating fields.
 */
public final class PersonalDataSerializer implements Serializer {

    private final Serializer json;
    private final ObjectMapper mapper;
    private final PersonalDataVault vault;

    public PersonalDataSerializer(Serializer json, ObjectMapper mapper, SubjectKeys keys) {
        this.json = json;
        this.mapper = mapper;
        this.vault = new PersonalDataVault(keys, mapper);
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object == null || !vault.hasPersonalData(object.getClass())) {
            return json.serialize(object, expectedRepresentation);
        }
        ObjectNode tree = mapper.valueToTree(object);
        vault.seal(object.getClass(), tree);
        SerializedObject<String> sealed = new SimpleSerializedObject<>(write(tree), String.class,
                json.typeForClass(object.getClass()));
        return json.getConverter().convert(sealed, expectedRepresentation);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return json.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = json.classForType(serializedObject.getType());
        if (UnknownSerializedType.class.equals(type) || !vault.hasPersonalData(type)) {
            return json.deserialize(serializedObject);
        }
        SerializedObject<String> text = json.getConverter().convert(serializedObject, String.class);
        try {
            ObjectNode tree = (ObjectNode) mapper.readTree(text.getData());
            vault.open(type, tree);
            return json.deserialize(new SimpleSerializedObject<>(write(tree), String.class, serializedObject.getType()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event does not parse", e);
        }
    }

    @Override
    public Class classForType(SerializedType type) {
        return json.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return json.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return json.getConverter();
    }

    private String write(ObjectNode tree) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
