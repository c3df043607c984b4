package io.cadre.org.api;

import java.util.UUID;

/**
 * A feature that keeps a person's name or email outside its read models, in words it wrote where only the values
 * themselves can find them (an import's report of its rows, a candidacy's contact): it forgets them when the person's
 * personal data is erased, in the erasure's transaction, while the values are still known. Read models do not
 * implement this; they handle {@link PersonalDataErased}.
 */
public interface PersonalDataCopies {

    /** Removes every copy of the name and the email (either may be null) kept for or about this person. */
    void erase(UUID personId, String name, String email);
}
