package org.newsgraph.model;

import java.util.Optional;

/**
 * The event classes of the ontology, each with its CAMEO code and PLOVER category where one fits.
 * {@link #localName()} is the class's local name in the {@code ng:} namespace.
 */
public enum EventClass {
    EVENT("Event", null, null),
    MEETING("Meeting", "040", "CONSULT"),
    STATEMENT("Statement", "010", null),
    PHONE_CALL("PhoneCall", "041", "CONSULT"),
    VISIT("Visit", "042", "CONSULT"),
    AGREEMENT("Agreement", "057", "AGREE"),
    PROPOSAL("Proposal", "03", "COOPERATE"),
    NEGOTIATION("Negotiation", "046", "CONSULT"),
    INVASION("Invasion", "192", "ASSAULT"),
    ANNEXATION("Annexation", "192", "COERCE"),
    EXPULSION("Expulsion", "166", "SANCTION"),
    SANCTION("Sanction", "163", "SANCTION"),
    APPOINTMENT("Appointment", null, null),
    RESIGNATION("Resignation", null, null),
    ELECTION("Election", null, null),
    PROTEST("Protest", "14", "PROTEST"),
    ATTACK("Attack", "18", "ASSAULT"),
    ARREST("Arrest", "173", "COERCE"),
    DEATH("Death", null, null),
    INJURY("Injury", null, null),
    DISASTER("Disaster", null, null),
    TRIAL("Trial", null, null),
    ACQUISITION("Acquisition", null, null),
    ANNOUNCEMENT("Announcement", "010", null),
    AWARD("Award", null, null);

    private final String localName;
    private final String cameo;
    private final String plover;

    EventClass(String localName, String cameo, String plover) {
        this.localName = localName;
        this.cameo = cameo;
        this.plover = plover;
    }

    public String localName() {
        return localName;
    }

    public Optional<String> cameo() {
        return Optional.ofNullable(cameo);
    }

    public Optional<String> plover() {
        return Optional.ofNullable(plover);
    }

    public static Optional<EventClass> byLocalName(String name) {
        for (EventClass c : values()) {
            if (c.localName.equalsIgnoreCase(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
