package io.cadre.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Plausible names from many places, never the same twice, in an order set by the demo's seeded random. */
final class DemoNames {

    static final String EMAIL_DOMAIN = "demo.cadre.example";

    private static final List<String> FIRST = List.of(
            "Aisha", "Mateo", "Priya", "Kwame", "Sofia", "Hiroshi", "Fatima", "Liam", "Mei", "Oluwaseun",
            "Elena", "Rahul", "Chiara", "Tomás", "Amara", "Jonas", "Yuki", "Diego", "Leila", "Noah",
            "Ananya", "Kofi", "Ingrid", "Wei", "Camila", "Omar", "Hannah", "Arjun", "Nia", "Lucas",
            "Zainab", "Mikael", "Ji-woo", "Gabriel", "Sana", "Emeka", "Clara", "Ravi", "Lucía", "Tariq",
            "Freya", "Minh", "Isabela", "Daniel", "Ayesha", "Pedro", "Nadia", "Kenji", "Chloé", "Samuel",
            "Amani", "Viktor", "Leah", "Hamza", "Astrid", "Carlos", "Imani", "Ethan", "Rosa", "Kai");

    private static final List<String> LAST = List.of(
            "Okafor", "García", "Sharma", "Mensah", "Rossi", "Tanaka", "Haddad", "O'Brien", "Chen", "Adeyemi",
            "Petrova", "Gupta", "Bianchi", "Fernández", "Nwosu", "Schmidt", "Sato", "Hernández", "Rahimi", "Cohen",
            "Iyer", "Boateng", "Lindqvist", "Zhang", "Silva", "Khalil", "Müller", "Patel", "Kariuki", "Dubois",
            "Hussain", "Nieminen", "Kim", "Santos", "Malik", "Eze", "Novak", "Reddy", "Morales", "Aziz",
            "Andersen", "Nguyen", "Costa", "Levi", "Qureshi", "Oliveira", "Kowalski", "Yamamoto", "Martin", "Abubakar",
            "Volkov", "Park", "Mwangi", "Jensen", "Ortiz", "Bakr", "Fischer", "López", "Ito", "Mbeki");

    record Name(String full, String email) {
    }

    private final List<String> firsts;
    private final List<String> lasts;
    private final Set<String> usedEmails = new HashSet<>();
    private int drawn;

    /** Shuffles both lists once and pairs them in turn, so no first or last name repeats in the first sixty people. */
    DemoNames(Random random) {
        firsts = new ArrayList<>(FIRST);
        lasts = new ArrayList<>(LAST);
        Collections.shuffle(firsts, random);
        Collections.shuffle(lasts, random);
    }

    Name next() {
        while (true) {
            String first = firsts.get(drawn % firsts.size());
            // Past one round, the last names shift by one per round so that every pair is new.
            String last = lasts.get((drawn + drawn / lasts.size()) % lasts.size());
            drawn++;
            String email = plain(first) + "." + plain(last) + "@" + EMAIL_DOMAIN;
            // The email is the stricter key: two names that differ only in accents would share it.
            if (usedEmails.add(email)) {
                return new Name(first + " " + last, email);
            }
        }
    }

    private static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
