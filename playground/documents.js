// Every GraphQL document the playground sends, by operation name. Each document carries the
// fragments it spreads, so the text shown in the query console is exactly what was sent.

const fragments = {
  UserHeader: `fragment UserHeader on User {
  id
  trackingId
  email
  name
  image
  emailVerified
  firstSeenAt
  lastActiveAt
}`,
  SessionCard: `fragment SessionCard on Session {
  id
  title
  displayTitle
  connectedAt
  lastActivityAt
  toolCallCount
  supportTicketCount
  errorCount
  server {
    id
    name
  }
}`,
  SessionHeader: `fragment SessionHeader on Session {
  id
  title
  displayTitle
  connectedAt
  lastActivityAt
  durationSeconds
  toolCallCount
  supportTicketCount
  errorCount
  server {
    id
    name
  }
  user {
    id
  }
}`,
  TimelineRow: `fragment TimelineRow on TimelineItem {
  __typename
  id
  createdAt
  ... on ToolCall {
    toolName
    isError
  }
  ... on SupportTicket {
    title
    status
    priority
  }
}`,
  TimelineWindow: `fragment TimelineWindow on TimelineConnection {
  edges {
    cursor
    node {
      ...TimelineRow
    }
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}`,
  TicketRow: `fragment TicketRow on SupportTicket {
  id
  createdAt
  title
  status
  priority
  session {
    id
    displayTitle
  }
}`,
  ToolCallDetails: `fragment ToolCallDetails on ToolCall {
  id
  createdAt
  toolName
  input
  output
  isError
  server {
    id
    name
  }
  user {
    id
    email
  }
  session {
    id
    displayTitle
  }
}`,
  TicketDetails: `fragment TicketDetails on SupportTicket {
  id
  createdAt
  title
  conciseSummary
  context
  status
  priority
  supportRequestMethod
  resolvedAt
  email
  assigneeId
  server {
    id
    name
  }
  session {
    id
    displayTitle
  }
}`,
};

const operations = {
  // Users page.
  UsersPage: [`query UsersPage($search: String, $first: Int = 30, $after: String) {
  users(search: $search, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        trackingId
        email
        name
        image
        lastActiveAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}`],

  // User header and the sessions pane.
  UserSessions: [`query UserSessions($identifier: String!, $first: Int = 30, $after: String) {
  user(identifier: $identifier) {
    ...UserHeader
    sessions(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...SessionCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}`, "UserHeader", "SessionCard"],

  // The sessions pane's ticket list.
  UserTickets: [`query UserTickets($identifier: String!, $first: Int = 30, $after: String) {
  user(identifier: $identifier) {
    id
    supportTickets(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...TicketRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}`, "TicketRow"],

  // Timeline pane: header and first page.
  SessionTimeline: [`query SessionTimeline($sessionId: ID!, $first: Int = 50) {
  session(id: $sessionId) {
    ...SessionHeader
    timeline(first: $first) {
      ...TimelineWindow
    }
  }
}`, "SessionHeader", "TimelineWindow", "TimelineRow"],

  // Timeline pane: next pages.
  TimelinePage: [`query TimelinePage($sessionId: ID!, $first: Int = 50, $after: String) {
  session(id: $sessionId) {
    id
    timeline(first: $first, after: $after) {
      ...TimelineWindow
    }
  }
}`, "TimelineWindow", "TimelineRow"],

  // Details pane.
  ItemDetails: [`query ItemDetails($id: ID!) {
  item: node(id: $id) {
    __typename
    id
    ... on ToolCall {
      ...ToolCallDetails
    }
    ... on SupportTicket {
      ...TicketDetails
    }
  }
}`, "ToolCallDetails", "TicketDetails"],

  // Title edit in the timeline header.
  SetSessionTitle: [`mutation SetSessionTitle($id: ID!, $title: String) {
  setSessionTitle(id: $id, title: $title) {
    id
    title
    displayTitle
  }
}`],

  // Sign-in check; names the organization.
  SignInCheck: [`query SignInCheck {
  viewer {
    id
    name
    slug
  }
}`],
};

/// The full text of an operation: its definition followed by the fragments it spreads.
export function documentText(operationName) {
  const entry = operations[operationName];
  if (!entry) throw new Error(`No document named ${operationName}`);
  const [definition, ...fragmentNames] = entry;
  return [definition, ...fragmentNames.map((name) => fragments[name])].join("\n\n") + "\n";
}

export const operationNames = Object.keys(operations);
