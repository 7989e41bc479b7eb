package org.dyad.cli;

import org.dyad.model.ontology.Country;
import org.dyad.model.ontology.Ontology;
import picocli.CommandLine.ITypeConverter;

/** Reads a country as a CAMEO/ISO code or a name; unknown ones fail with what is accepted. */
public final class CountryConverter implements ITypeConverter<Country> {
    @Override
    public Country convert(String value) {
        return Ontology.standard().countries().resolve(value);
    }
}
