package dev.valuenetwork.node;

import dev.valuenetwork.alliance.Alliance;
import dev.valuenetwork.alliance.AllianceQueries;
import dev.valuenetwork.alliance.Membership;
import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.company.CompanyQueries;
import dev.valuenetwork.activity.Activity;
import dev.valuenetwork.activity.ActivityQueries;
import dev.valuenetwork.figure.FigureQueries;
import dev.valuenetwork.figure.ReportedFigure;
import dev.valuenetwork.investment.Investment;
import dev.valuenetwork.investment.InvestmentQueries;
import dev.valuenetwork.person.Executive;
import dev.valuenetwork.person.Person;
import dev.valuenetwork.person.PersonQueries;
import dev.valuenetwork.product.Product;
import dev.valuenetwork.product.ProductQueries;
import dev.valuenetwork.rate.ExchangeRate;
import dev.valuenetwork.rate.ExchangeRateQueries;
import dev.valuenetwork.source.SourceDocument;
import dev.valuenetwork.source.SourceQueries;
import dev.valuenetwork.statement.Statement;
import dev.valuenetwork.statement.StatementQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Any node by its GraphQL type and stable key: what a global id or a change event names. */
@ApplicationScoped
public class NodeLookup {

    @Inject
    CompanyQueries companies;
    @Inject
    PersonQueries people;
    @Inject
    AllianceQueries alliances;
    @Inject
    InvestmentQueries investments;
    @Inject
    StatementQueries statements;
    @Inject
    ProductQueries products;
    @Inject
    FigureQueries figures;
    @Inject
    ActivityQueries activities;
    @Inject
    SourceQueries sources;
    @Inject
    ExchangeRateQueries rates;

    public Optional<? extends Node> find(String type, String key) {
        return switch (type) {
            case Company.TYPE -> companies.findCompanyBySlug(key);
            case Person.TYPE -> people.findPersonBySlug(key);
            case Executive.TYPE -> people.findExecutiveByKey(key);
            case Alliance.TYPE -> alliances.findAllianceBySlug(key);
            case Membership.TYPE -> alliances.findMembershipByKey(key);
            case Investment.TYPE -> investments.findInvestmentByKey(key);
            case Statement.TYPE -> statements.findStatementByKey(key);
            case Product.TYPE -> products.findProductBySlug(key);
            case ReportedFigure.TYPE -> figures.findFigureByKey(key);
            case SourceDocument.TYPE -> sources.findSourceByKey(key);
            case ExchangeRate.TYPE -> rates.findExchangeRateByKey(key);
            case Activity.TYPE -> activities.findActivityByKey(key);
            default -> Optional.empty();
        };
    }
}
