package dev.valuenetwork.dataset;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A dataset document: the seed files, imports and exports share this shape. Records name each
 * other by slug or key, never by database id, so a document means the same in any database.
 * Compact constructors normalise what YAML leaves open (absent lists, trailing zeros), so two
 * records that say the same thing are equal; the importer relies on that to count unchanged rows.
 */
@RegisterForReflection
public record Dataset(
        List<SourceRecord> sources,
        List<CompanyRecord> companies,
        List<PersonRecord> people,
        List<ExecutiveRecord> executives,
        List<AllianceRecord> alliances,
        List<MembershipRecord> memberships,
        List<InvestmentRecord> investments,
        List<StatementRecord> statements,
        List<ProductRecord> products,
        List<FigureRecord> figures,
        List<ExchangeRateRecord> exchangeRates) {

    public Dataset {
        sources = list(sources);
        companies = list(companies);
        people = list(people);
        executives = list(executives);
        alliances = list(alliances);
        memberships = list(memberships);
        investments = list(investments);
        statements = list(statements);
        products = list(products);
        figures = list(figures);
        exchangeRates = list(exchangeRates);
    }

    public static Dataset empty() {
        return new Dataset(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** This document followed by another, as when several files make one dataset. */
    public Dataset plus(Dataset other) {
        return new Dataset(concat(sources, other.sources), concat(companies, other.companies),
                concat(people, other.people), concat(executives, other.executives), concat(alliances, other.alliances),
                concat(memberships, other.memberships), concat(investments, other.investments),
                concat(statements, other.statements), concat(products, other.products), concat(figures, other.figures),
                concat(exchangeRates, other.exchangeRates));
    }

    public int size() {
        return sources.size() + companies.size() + people.size() + executives.size() + alliances.size()
                + memberships.size() + investments.size() + statements.size() + products.size() + figures.size()
                + exchangeRates.size();
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
    }

    static BigDecimal number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @RegisterForReflection
    public record CitationRecord(String source, String excerpt) {
    }

    /**
     * What one or more sources say about one attribute of a record. Claims of one attribute
     * compete; the record's own field holds the winner (see {@code Claims}). {@code effectiveOn}
     * dates a status claim; {@code words} keeps the source's own phrase for a relative date.
     */
    @RegisterForReflection
    public record ClaimRecord(String attribute, String value, String effectiveOn, String rank, String reason, String words,
            Boolean inferred, String note, List<CitationRecord> citations) {
        public ClaimRecord {
            rank = rank == null ? "NORMAL" : rank;
            inferred = Boolean.TRUE.equals(inferred) ? Boolean.TRUE : null;
            citations = list(citations);
        }
    }

    @RegisterForReflection
    public record SourceRecord(String key, String title, String titleEn, String publisher, String author, String url,
            String publishedOn, String language, String note, List<ClaimRecord> claims) {
        public SourceRecord {
            claims = list(claims);
        }

        public SourceRecord(String key, String title, String titleEn, String publisher, String author, String url,
                String publishedOn, String language, String note) {
            this(key, title, titleEn, publisher, author, url, publishedOn, language, note, null);
        }
    }

    @RegisterForReflection
    public record CompanyRecord(String slug, String name, String nameKo, List<String> aliases, String kind,
            String country, String description, String descriptionKo, String descriptionBasis, String parent,
            String identityBasis, List<CitationRecord> citations) {
        public CompanyRecord {
            aliases = list(aliases);
            identityBasis = identityBasis == null ? "GENERAL_KNOWLEDGE" : identityBasis;
            // Old documents say nothing of a description's basis: a cited company's is the source's.
            descriptionBasis = description == null ? null
                    : descriptionBasis != null ? descriptionBasis : citations == null || citations.isEmpty()
                            ? "GENERAL_KNOWLEDGE" : "SOURCED";
            citations = list(citations);
        }

        public CompanyRecord(String slug, String name, String nameKo, List<String> aliases, String kind, String country,
                String description, String parent, String identityBasis, List<CitationRecord> citations) {
            this(slug, name, nameKo, aliases, kind, country, description, null, null, parent, identityBasis, citations);
        }
    }

    @RegisterForReflection
    public record PersonRecord(String slug, String name, String nameKo, String identityBasis,
            List<CitationRecord> citations) {
        public PersonRecord {
            identityBasis = identityBasis == null ? "GENERAL_KNOWLEDGE" : identityBasis;
            citations = list(citations);
        }
    }

    @RegisterForReflection
    public record ExecutiveRecord(String key, String person, String company, String title, String titleKo,
            String since, String until, List<CitationRecord> citations) {
        public ExecutiveRecord {
            citations = list(citations);
        }
    }

    @RegisterForReflection
    public record AllianceRecord(String slug, String name, String nameKo, String nameBasis, String kind, String status,
            String statusDetail, String purpose, String purposeKo, String formedOn, String endedOn, String parent,
            List<CitationRecord> citations, List<ClaimRecord> claims) {
        public AllianceRecord {
            nameBasis = nameBasis == null ? "SOURCED" : nameBasis;
            citations = list(citations);
            claims = list(claims);
        }

        public AllianceRecord(String slug, String name, String nameKo, String kind, String status, String statusDetail,
                String purpose, String formedOn, String endedOn, String parent, List<CitationRecord> citations) {
            this(slug, name, nameKo, null, kind, status, statusDetail, purpose, null, formedOn, endedOn, parent, citations,
                    null);
        }
    }

    @RegisterForReflection
    public record MembershipRecord(String key, String alliance, String company, String role, String since,
            String until, List<CitationRecord> citations, List<ClaimRecord> claims) {
        public MembershipRecord {
            citations = list(citations);
            claims = list(claims);
        }

        public MembershipRecord(String key, String alliance, String company, String role, String since, String until,
                List<CitationRecord> citations) {
            this(key, alliance, company, role, since, until, citations, null);
        }
    }

    @RegisterForReflection
    public record InvestmentRecord(String key, String investor, String investee, BigDecimal amount, String currency,
            String amountStatus, String instrument, String roundType, String roundName, BigDecimal roundAmount,
            String roundCurrency, BigDecimal stakePercent, String stakeQualifier, Boolean lead, List<String> coInvestors,
            String announcedOn, String closedOn, String purpose, List<CitationRecord> citations, List<ClaimRecord> claims) {
        public InvestmentRecord {
            amount = number(amount);
            // DISCLOSED and NOT_REPORTED follow from the amount; only UNDISCLOSED says something of its own.
            amountStatus = "DISCLOSED".equals(amountStatus) || "NOT_REPORTED".equals(amountStatus) ? null : amountStatus;
            roundAmount = number(roundAmount);
            stakePercent = number(stakePercent);
            stakeQualifier = stakePercent != null && stakeQualifier == null ? "EXACT" : stakeQualifier;
            coInvestors = list(coInvestors);
            citations = list(citations);
            claims = list(claims);
        }

        public InvestmentRecord(String key, String investor, String investee, BigDecimal amount, String currency,
                String announcedOn, String purpose, List<CitationRecord> citations) {
            this(key, investor, investee, amount, currency, null, null, null, null, null, null, null, null, null, null,
                    announcedOn, null, purpose, citations, null);
        }
    }

    @RegisterForReflection
    public record StatementRecord(String key, String text, String language, String translation, String speaker,
            String speakerDescription, String speakerTitle, String company, String saidOn, String place,
            List<String> topics, List<CitationRecord> citations) {
        public StatementRecord {
            topics = list(topics);
            citations = list(citations);
        }
    }

    @RegisterForReflection
    public record ProductRecord(String slug, String name, String nameKo, String nameBasis, String kind, String status,
            String statusDetail, String ownerCompany, String ownerAlliance, String description, String descriptionKo,
            List<CitationRecord> citations, List<ClaimRecord> claims) {
        public ProductRecord {
            nameBasis = nameBasis == null ? "SOURCED" : nameBasis;
            citations = list(citations);
            claims = list(claims);
        }

        public ProductRecord(String slug, String name, String nameKo, String kind, String status, String statusDetail,
                String ownerCompany, String ownerAlliance, String description, List<CitationRecord> citations) {
            this(slug, name, nameKo, null, kind, status, statusDetail, ownerCompany, ownerAlliance, description, null,
                    citations, null);
        }
    }

    @RegisterForReflection
    public record FigureRecord(String key, String company, String alliance, String product, String metric,
            BigDecimal value, String unit, String qualifier, String asOf, String note, List<CitationRecord> citations) {
        public FigureRecord {
            value = number(value);
            citations = list(citations);
        }
    }

    @RegisterForReflection
    public record ExchangeRateRecord(String key, String base, String quote, BigDecimal rate, String date, String note,
            List<CitationRecord> citations) {
        public ExchangeRateRecord {
            rate = number(rate);
            citations = list(citations);
        }
    }
}
