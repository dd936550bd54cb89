// The value network explorer: the public GraphQL API drawn with Cytoscape.js. Every request is
// one of the named documents in documents.graphql, sent to this service's /graphql (queries) or
// /graphql WebSocket (the networkChanged subscription, graphql-transport-ws protocol).
(() => {
  'use strict';

  const OPERATIONS = window.EXPLORER_OPERATIONS;
  const FIRST_MONTH = { year: 2023, month: 1 };
  const ALL_STATUSES = ['ACTIVE', 'PROMISED', 'EXPLORING', 'PLANNED', 'ENDED', 'UNKNOWN'];
  const $ = id => document.getElementById(id);

  cytoscape.use(cytoscapeFcose);

  // ---------------------------------------------------------------------------------------------
  // GraphQL over HTTP and WebSocket
  // ---------------------------------------------------------------------------------------------

  /** The document of one operation with the fragments it spreads, composed at build time (build.mjs). */
  function documentFor(operation) {
    return OPERATIONS[operation];
  }

  async function request(operation, variables) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json;q=0.9' },
      body: JSON.stringify({ query: documentFor(operation), operationName: operation, variables }),
    });
    const body = await response.json();
    if (body.errors?.length) {
      throw new Error(body.errors.map(e => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
    }
    return body.data;
  }

  /** One subscription at a time over graphql-transport-ws; a new centre replaces it. */
  const live = {
    socket: null,
    slug: null,
    ready: false,
    follow(slug, onEvent) {
      if (this.slug === slug && this.socket) return;
      this.stop();
      this.slug = slug;
      const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
        'graphql-transport-ws');
      this.socket = socket;
      socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
      socket.onmessage = message => {
        const data = JSON.parse(message.data);
        if (data.type === 'connection_ack') {
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: {
            query: documentFor('ExplorerChanges'), operationName: 'ExplorerChanges', variables: { slug } } }));
          this.ready = true;
        } else if (data.type === 'ping') {
          socket.send(JSON.stringify({ type: 'pong' }));
        } else if (data.type === 'next' && data.payload?.data?.networkChanged) {
          onEvent(data.payload.data.networkChanged);
        }
      };
      socket.onclose = () => { if (this.socket === socket) { this.socket = null; } };
    },
    stop() {
      if (this.socket) { const s = this.socket; this.socket = null; s.close(); }
      this.slug = null;
      this.ready = false;
    },
  };

  // ---------------------------------------------------------------------------------------------
  // State and controls
  // ---------------------------------------------------------------------------------------------

  const state = { centre: null, nodes: new Map(), edges: [], path: null, selected: null };
  const timing = { firstRenderMs: null, lastLayoutMs: null, lastLoadMs: null };
  window.explorer = { state, timing, loads: 0 };

  function monthAt(step) {
    const index = FIRST_MONTH.year * 12 + FIRST_MONTH.month - 1 + step;
    return `${Math.floor(index / 12)}-${String(index % 12 + 1).padStart(2, '0')}`;
  }

  function asOf() {
    const slider = $('date');
    return Number(slider.value) >= Number(slider.max) ? null : monthAt(Number(slider.value));
  }

  function statuses() {
    const checked = [...document.querySelectorAll('#statuses input:checked')].map(input => input.value);
    return checked.length ? checked : ALL_STATUSES;
  }

  function say(text) {
    $('status').textContent = text;
  }

  function label(node) {
    return node.nameKo && node.nameKo !== node.name ? `${node.name} (${node.nameKo})` : node.name;
  }

  // ---------------------------------------------------------------------------------------------
  // The graph
  // ---------------------------------------------------------------------------------------------

  const COLOURS = {
    TELCO: '#2563eb', BIG_TECH: '#7c3aed', AI_STARTUP: '#059669', AI_INFRASTRUCTURE: '#0d9488',
    RESEARCH_INSTITUTE: '#d97706', UNIVERSITY: '#92400e', HOLDING_COMPANY: '#475569', OTHER: '#64748b',
  };
  const EDGE_COLOURS = {
    MEMBERSHIP: '#b45309', PARTNERSHIP: '#2563eb', INVESTMENT: '#059669', LEADERSHIP: '#db2777',
    PRODUCT_OWNERSHIP: '#7c3aed', PARENT: '#475569',
  };

  const graph = cytoscape({
    container: $('graph'),
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
        'background-color': 'data(colour)', width: 22, height: 22, 'text-wrap': 'ellipsis', 'text-max-width': 120 } },
      { selector: 'node[type = "Alliance"]', style: { shape: 'hexagon', width: 30, height: 30, 'background-color': '#f59e0b' } },
      { selector: 'node[type = "Person"]', style: { shape: 'ellipse', width: 16, height: 16, 'background-color': '#ec4899' } },
      { selector: 'node[type = "Product"]', style: { shape: 'round-rectangle', 'background-color': '#a78bfa' } },
      { selector: 'node.centre', style: { 'border-width': 3, 'border-color': '#111827' } },
      { selector: 'edge', style: { width: 2, 'curve-style': 'bezier', 'line-color': 'data(colour)',
        'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.7 } },
      { selector: 'edge[status = "PROMISED"], edge[status = "PLANNED"]', style: { 'line-style': 'dashed' } },
      { selector: 'edge[status = "EXPLORING"]', style: { 'line-style': 'dotted', width: 3 } },
      { selector: 'edge[status = "ENDED"]', style: { opacity: 0.35 } },
      { selector: 'edge[status = "UNKNOWN"]', style: { 'line-style': 'dashed', 'line-color': '#9ca3af' } },
      { selector: '.path', style: { 'border-width': 4, 'border-color': '#dc2626', 'line-color': '#dc2626', width: 4 } },
      { selector: ':selected', style: { 'border-width': 4, 'border-color': '#111827', 'line-color': '#111827' } },
    ],
  });

  function nodeElement(node) {
    const kind = node.companyKind ?? node.allianceKind ?? node.productKind;
    return { group: 'nodes', data: { id: node.id, label: label(node), type: node.__typename, kind,
      colour: COLOURS[node.companyKind] ?? '#64748b' } };
  }

  function edgeElement(edge, index) {
    return { group: 'edges', data: { id: `e${index}`, source: edge.from.id, target: edge.to.id, kind: edge.kind,
      status: edge.status ?? '', colour: EDGE_COLOURS[edge.kind] ?? '#64748b' } };
  }

  function draw() {
    const started = performance.now();
    // The header grows with the search results: Cytoscape must learn where its container is now,
    // or taps land beside what they point at.
    graph.resize();
    graph.batch(() => {
      graph.elements().remove();
      graph.add([...state.nodes.values()].map(nodeElement));
      graph.add(state.edges.filter(e => state.nodes.has(e.from.id) && state.nodes.has(e.to.id)).map(edgeElement));
      if (state.centre) graph.getElementById(state.centre.id).addClass('centre');
    });
    graph.layout({ name: 'fcose', animate: false, randomize: true, quality: state.nodes.size > 200 ? 'draft' : 'default',
      nodeRepulsion: 6000, idealEdgeLength: 70, fit: true, padding: 20 }).run();
    timing.lastLayoutMs = Math.round(performance.now() - started);
    listText();
  }

  /** The text view: what the graph shows, for screen readers and keyboard users. */
  function listText() {
    const nodes = $('node-list');
    const edges = $('edge-list');
    nodes.replaceChildren(...[...state.nodes.values()].map(node => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `${label(node)} — ${node.__typename.toLowerCase()}`;
      button.addEventListener('click', () => selectNode(node.id));
      item.append(button);
      return item;
    }));
    edges.replaceChildren(...state.edges.map((edge, index) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = edgeText(edge);
      button.addEventListener('click', () => selectEdge(index));
      item.append(button);
      return item;
    }));
  }

  function edgeText(edge) {
    const from = state.nodes.get(edge.from.id);
    const to = state.nodes.get(edge.to.id);
    const status = edge.status && edge.status !== 'ACTIVE' ? ` (${edge.status.toLowerCase()})` : '';
    const dates = edge.since ? ` since ${edge.since}` : '';
    return `${from ? from.name : '?'} — ${edge.kind.toLowerCase().replace('_', ' ')}${status}${dates} — ${to ? to.name : '?'}`;
  }

  window.explorer.graph = graph;
  window.explorer.live = live;

  graph.on('tap', 'node', event => selectNode(event.target.id()));
  graph.on('tap', 'edge', event => selectEdge(Number(event.target.id().slice(1))));

  // ---------------------------------------------------------------------------------------------
  // Loading
  // ---------------------------------------------------------------------------------------------

  async function open(slug) {
    const started = performance.now();
    say(`Loading the network of ${slug}…`);
    try {
      const variables = { slug, depth: Number($('depth').value), asOf: asOf(), statuses: statuses() };
      const data = await request('ExplorerNetwork', variables);
      state.nodes = new Map(data.network.nodes.map(node => [node.id, node]));
      state.edges = data.network.edges;
      state.centre = data.network.nodes[0];
      state.path = null;
      draw();
      timing.lastLoadMs = Math.round(performance.now() - started);
      if (timing.firstRenderMs === null) timing.firstRenderMs = timing.lastLoadMs;
      window.explorer.loads++;
      say(`${state.nodes.size} nodes and ${state.edges.length} ties around ${label(state.centre)}`
        + `${variables.asOf ? ` as of ${variables.asOf}` : ''}; drawn in ${timing.lastLoadMs} ms (layout ${timing.lastLayoutMs} ms).`);
      linkGraphiQL('ExplorerNetwork', variables);
      live.follow(slug, event => {
        say(`Changed: ${event.summary ?? event.kind}. Updating…`);
        open(slug);
      });
    } catch (error) {
      say(`Could not load the network: ${error.message}`);
    }
  }

  function linkGraphiQL(operation, variables) {
    const query = documentFor(operation);
    $('graphiql').href = `/q/graphql-ui/?${new URLSearchParams({ query, variables: JSON.stringify(variables, null, 2),
      operationName: operation })}`;
  }

  async function search(text) {
    const hits = $('hits');
    hits.replaceChildren();
    try {
      const data = await request('ExplorerSearch', { text });
      if (!data.search.length) { say(`Nothing matches "${text}".`); return; }
      for (const hit of data.search) {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.slug = hit.node.slug;
        button.textContent = `${label(hit.node)} · ${hit.node.__typename.toLowerCase()}`;
        button.addEventListener('click', () => open(hit.node.slug));
        item.append(button);
        hits.append(item);
      }
      say(`${data.search.length} matches for "${text}"; opening the first.`);
      await open(data.search[0].node.slug);
    } catch (error) {
      say(`Search failed: ${error.message}`);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The side panel
  // ---------------------------------------------------------------------------------------------

  function element(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  function sourceList(citations) {
    const list = element('div');
    list.append(element('h4', citations.length ? 'Sources' : 'No source cited'));
    for (const citation of citations) {
      const box = element('div', null, 'source');
      const s = citation.source;
      const title = s.url ? Object.assign(element('a', s.titleEn ?? s.title), { href: s.url, rel: 'noreferrer' })
        : element('strong', s.titleEn ?? s.title);
      box.append(title, element('div', `${s.publisher}${s.publishedOn ? `, ${s.publishedOn}` : ''}`));
      if (citation.excerpt) box.append(element('q', citation.excerpt, 'excerpt'));
      list.append(box);
    }
    return list;
  }

  function selectEdge(index) {
    const edge = state.edges[index];
    if (!edge) return;
    graph.elements().unselect();
    graph.getElementById(`e${index}`).select();
    const panel = $('panel');
    panel.replaceChildren(element('h3', edgeText(edge)));
    panel.append(element('p', `Kind: ${edge.kind.toLowerCase().replace('_', ' ')}`
      + (edge.status ? `; status: ${edge.status.toLowerCase()}` : '')
      + (edge.since ? `; since ${edge.since}` : '') + (edge.until ? `; until ${edge.until}` : '')));
    panel.append(sourceList(edge.citations));
    state.selected = { edge: index };
  }

  async function selectNode(id) {
    graph.elements().unselect();
    graph.getElementById(id).select();
    state.selected = { node: id };
    const panel = $('panel');
    const known = state.nodes.get(id);
    panel.replaceChildren(element('h3', known ? label(known) : id), element('p', 'Loading…'));
    try {
      const { node } = await request('ExplorerDetails', { id });
      panel.replaceChildren(element('h3', label(node)));
      const facts = [node.__typename, node.companyKind ?? node.allianceKind ?? node.productKind, node.status ?? node.productStatus,
        node.country, node.formedOn && `formed ${node.formedOn}`].filter(Boolean).join(' · ');
      panel.append(element('p', facts));
      for (const text of [node.description, node.descriptionKo, node.purpose, node.purposeKo, node.statusDetail]) {
        if (text) panel.append(element('p', text));
      }
      const open_ = element('button', `Open the network of ${node.name}`);
      open_.type = 'button';
      open_.addEventListener('click', () => open(node.slug));
      panel.append(open_);
      if (node.citations) panel.append(sourceList(node.citations));
      for (const role of node.roles ?? []) {
        panel.append(element('h4', `${role.title} of ${role.company.name}`), sourceList(role.citations));
      }
      for (const statement of node.statements ?? []) {
        const quote = element('blockquote');
        quote.append(element('p', statement.text), element('p', statement.translation));
        quote.append(element('small', [statement.speakerTitle, statement.saidOn, statement.place].filter(Boolean).join(' · ')));
        panel.append(quote, sourceList(statement.citations));
      }
      for (const claim of node.claims ?? []) {
        const box = element('div', null, 'source');
        box.append(element('strong', `${claim.attribute}: ${claim.value}${claim.effectiveOn ? ` from ${claim.effectiveOn}` : ''}`),
          element('span', ` ${claim.rank.toLowerCase()}${claim.inferred ? ', inferred' : ''}${claim.words ? ` (“${claim.words}”)` : ''}`));
        if (claim.reason) box.append(element('p', claim.reason));
        box.append(sourceList(claim.citations));
        panel.append(box);
      }
    } catch (error) {
      panel.append(element('p', `Could not load the details: ${error.message}`));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Paths
  // ---------------------------------------------------------------------------------------------

  async function findPath(from, to) {
    say(`Looking for the shortest ties from ${from} to ${to}…`);
    try {
      const variables = { from, to, asOf: asOf(), statuses: statuses() };
      const data = await request('ExplorerPaths', variables);
      if (!data.paths.length) { say(`No path from ${from} to ${to} within 4 ties.`); return; }
      const path = data.paths[0];
      state.nodes = new Map(data.paths.flatMap(p => p.nodes).map(node => [node.id, node]));
      state.edges = data.paths.flatMap(p => p.edges).map(edge => ({ ...edge, citations: [], since: null, until: null }));
      state.centre = path.nodes[0];
      draw();
      path.nodes.forEach(node => graph.getElementById(node.id).addClass('path'));
      graph.edges().forEach(edge => {
        if (path.edges.some(e => e.from.id === edge.data('source') && e.to.id === edge.data('target'))) edge.addClass('path');
      });
      say(`${data.paths.length} shortest path(s) of ${path.hops} ties: ${path.nodes.map(n => n.name).join(' → ')}.`);
      linkGraphiQL('ExplorerPaths', variables);
    } catch (error) {
      say(`Could not find a path: ${error.message}`);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Wiring
  // ---------------------------------------------------------------------------------------------

  $('search').addEventListener('submit', event => { event.preventDefault(); search($('query').value.trim()); });
  $('paths').addEventListener('submit', event => {
    event.preventDefault();
    findPath($('path-from').value.trim(), $('path-to').value.trim());
  });
  const reopen = () => { if (state.centre?.slug) open(state.centre.slug); };
  $('depth').addEventListener('change', reopen);
  $('statuses').addEventListener('change', reopen);
  $('date').addEventListener('input', () => {
    const value = asOf();
    $('date-label').textContent = value ?? 'now';
    $('date').setAttribute('aria-valuetext', value ?? 'now');
  });
  $('date').addEventListener('change', reopen);
  $('date').setAttribute('aria-valuetext', 'now');
  new ResizeObserver(() => graph.resize()).observe($('graph'));
  window.addEventListener('scroll', () => graph.resize(), { passive: true });

  const start = new URLSearchParams(location.search).get('slug');
  if (start) open(start);
})();
