// The reference queries of the peer benchmark: each as this service asks it and as PostGraphile
// 5 (amber preset, same tables) asks it. Both forms must return the same multiset of leaf values.
// `prepare` looks up values that differ between the two servers (global ids) before the runs.

export const queries = [
  {
    name: 'Q1 nested alliances and investments',
    ours: `{ companies(first: 20) { edges { node { memberships(first: 100) { alliance { members(first: 100) {
      company { investmentsMade(first: 100) { investee { slug } amount { amount currency } } } } } } } } } }`,
    peer: `{ allCompanies(first: 20, orderBy: SLUG_ASC) { nodes { membershipsByCompanyId(first: 100) { nodes {
      allianceByAllianceId { membershipsByAllianceId(first: 100) { nodes { companyByCompanyId {
      investmentsByInvestorId(first: 100) { nodes { companyByInvesteeId { slug } amount currency } } } } } } } } } } }`,
  },
  {
    name: 'Q2 company and its executives',
    ours: `{ company(slug: "sk-telecom") { name kind country executives(first: 100) { title person { name } } } }`,
    peer: `{ companyBySlug(slug: "sk-telecom") { name kind country executivesByCompanyId(first: 100) { nodes {
      title personByPersonId { name } } } } }`,
  },
  {
    name: 'Q3 README neighbourhood',
    ours: `{ company(slug: "sk-telecom") { name
      memberships { role alliance { name status members { company { name } } } }
      investmentsMade { investee { name } purpose amount { amount currency } }
      executives { title person { name nameKo } } } }`,
    peer: `{ companyBySlug(slug: "sk-telecom") { name
      membershipsByCompanyId { nodes { role allianceByAllianceId { name status
        membershipsByAllianceId { nodes { companyByCompanyId { name } } } } } }
      investmentsByInvestorId { nodes { companyByInvesteeId { name } purpose amount currency } }
      executivesByCompanyId { nodes { title personByPersonId { name nameKo } } } } }`,
  },
  {
    name: 'Q4 filtered investments by amount',
    ours: `{ investments(first: 20, filter: { currency: "USD", from: "2020", to: "2022" },
      orderBy: { field: AMOUNT, direction: DESC }) { edges { node {
      amount { amount currency } announcedOn purpose investor { slug } investee { slug } } } } }`,
    peer: `{ peerBenchInvestmentsAnnouncedBetween(currency: "USD", rangeStart: "2020-01-01", rangeEnd: "2022-12-31", first: 20) { nodes {
      amount currency announcedOn purpose companyByInvestorId { slug } companyByInvesteeId { slug } } } }`,
  },
  {
    name: 'Q5 node refetch',
    ours: `query Refetch($id: ID!) { node(id: $id) { ... on Company { slug name nameKo kind country
      investmentsMade(first: 100) { investee { slug } } } } }`,
    peer: `query Refetch($id: ID!) { node(id: $id) { ... on Company { slug name nameKo kind country
      investmentsByInvestorId(first: 100) { nodes { companyByInvesteeId { slug } } } } } }`,
    async prepare(post) {
      const ours = await post('ours', '{ company(slug: "sk-telecom") { id } }');
      const peer = await post('peer', '{ companyBySlug(slug: "sk-telecom") { id } }');
      return { ours: { id: ours.data.company.id }, peer: { id: peer.data.companyBySlug.id } };
    },
  },
  {
    // A list in a list in a list: alliances, their members, each member's executives and the person.
    name: 'Q6 alliances, members and their executives',
    ours: `{ alliances(first: 20) { edges { node { slug members(first: 100) { company { slug
      executives(first: 100) { title person { slug name } } } } } } } }`,
    peer: `{ allAlliances(first: 20, orderBy: SLUG_ASC) { nodes { slug membershipsByAllianceId(first: 100) { nodes {
      companyByCompanyId { slug executivesByCompanyId(first: 100) { nodes { title personByPersonId { slug name } } } } } } } } }`,
  },
  {
    // The other way along investments: a company's investors, and the alliances those investors are in.
    name: 'Q7 investors of investees and their alliances',
    ours: `{ companies(first: 20) { edges { node { slug investmentsReceived(first: 100) { investor { slug
      memberships(first: 100) { alliance { slug name } } } } } } } }`,
    peer: `{ allCompanies(first: 20, orderBy: SLUG_ASC) { nodes { slug investmentsByInvesteeId(first: 100) { nodes {
      companyByInvestorId { slug membershipsByCompanyId(first: 100) { nodes { allianceByAllianceId { slug name } } } } } } } } }`,
  },
];
