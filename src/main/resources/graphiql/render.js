// GraphiQL for value-network: opens on an example of this network instead of an empty editor.
// Served in place of the UI's default start-up script (common/http/GraphiQLStart); the page,
// React and GraphiQL themselves are the ones Quarkus bundles, all from this service.
const example = `# SK Telecom's alliances and investments, each with its source. Press the run button (Ctrl+Enter).
query SkTelecomAlliancesAndInvestments {
  company(slug: "sk-telecom") {
    id
    name
    memberships {
      id
      role
      alliance { id name status members { id company { id name } } }
    }
    investmentsMade {
      id
      investee { id name }
      purpose
      amount { amount currency }
      sources { id title publisher }
    }
  }
}
`;

const parameters = Object.fromEntries(new URLSearchParams(window.location.search));

function remember(name) {
  return value => {
    parameters[name] = value;
    const search = new URLSearchParams(Object.entries(parameters).filter(([, v]) => v)).toString();
    history.replaceState(null, '', search ? '?' + search : window.location.pathname);
  };
}

const fetcher = GraphiQL.createFetcher({
  url: '/graphql',
  headers: { Accept: 'application/graphql-response+json, application/json;q=0.9' },
});

ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: example,
    query: parameters.query,
    variables: parameters.variables,
    headers: parameters.headers,
    operationName: parameters.operationName,
    onEditQuery: remember('query'),
    onEditVariables: remember('variables'),
    onEditHeaders: remember('headers'),
    onEditOperationName: remember('operationName'),
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
  }),
);
