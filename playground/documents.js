// Every GraphQL document the playground sends, by operation name. Each document carries the
// fragments it spreads, so the text shown in the query console is exactly what was sent.

const fragments = {
  UserHeader: `fragment UserHeader on User {
  id trackingId email name image emailVerified firstSeenAt lastActiveAt
  sessionCount toolCallCount errorCount supportTicketCount
}`,
  SessionCard: `fragment SessionCard on Session {
  id title displayTitle connectedAt lastActivityAt toolCallCount supportTicketCount errorCount
  server { id name }
}`,
  SessionHeader: `fragment SessionHeader on Session {
  id title displayTitle connectedAt durationSeconds
  toolCallCount supportTicketCount openTicketCount errorCount
  toolUsage { toolName count errorCount firstCalledAt lastCalledAt }
  server { id name }
}`,
  TimelineRow: `fragment TimelineRow on TimelineItem {
  __typename id createdAt
  ... on ToolCall { toolName isError outputPreview(maxBytes: 120) { text truncated } }
  ... on SupportTicket { title status }
}`,
  TimelineWindow: `fragment TimelineWindow on TimelineConnection {
  totalCount
  nodes { ...TimelineRow }
  pageInfo { hasPreviousPage startCursor hasNextPage endCursor }
}`,
  TicketRow: `fragment TicketRow on SupportTicket {
  id createdAt title status
  session { id displayTitle }
}`,
  ToolCallDetails: `fragment ToolCallDetails on ToolCall {
  id createdAt toolName isError inputBytes outputBytes
  inputPreview { text truncated }
  outputPreview { text truncated }
  server { id name }
  user { id email }
  session { id displayTitle }
}`,
  TicketDetails: `fragment TicketDetails on SupportTicket {
  id createdAt title conciseSummary context status priority supportRequestMethod resolvedAt email assigneeId
  server { id name }
  session { id displayTitle }
}`,
};

const operations = {
  // Users page.
  UsersPage: [`query UsersPage($search: String, $first: Int = 30, $after: String) {
  users(search: $search, first: $first, after: $after) {
    totalCount
    nodes { id trackingId email name lastActiveAt }
    pageInfo { hasNextPage endCursor }
  }
}`],

  // User header, the servers to filter by, and the sessions pane.
  UserSessions: [`query UserSessions($identifier: String!, $first: Int = 30, $after: String, $filter: SessionFilter) {
  viewer { id servers { id name } }
  user(identifier: $identifier) {
    ...UserHeader
    sessions(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes { ...SessionCard }
      pageInfo { hasNextPage endCursor }
    }
  }
}`, "UserHeader", "SessionCard"],

  // The sessions pane's ticket list.
  UserTickets: [`query UserTickets($identifier: String!, $first: Int = 30, $after: String) {
  user(identifier: $identifier) {
    id
    supportTickets(first: $first, after: $after) {
      totalCount
      nodes { ...TicketRow }
      pageInfo { hasNextPage endCursor }
    }
  }
}`, "TicketRow"],

  // Timeline pane: header and the first page, or the page around a linked item.
  SessionTimeline: [`query SessionTimeline($sessionId: ID!, $first: Int = 50, $around: ID, $filter: TimelineFilter) {
  session(id: $sessionId) {
    ...SessionHeader
    timeline(first: $first, around: $around, filter: $filter) { ...TimelineWindow }
  }
}`, "SessionHeader", "TimelineWindow", "TimelineRow"],

  // Timeline pane: a page after or before the loaded ones, or a new filter's first page.
  TimelinePage: [`query TimelinePage($sessionId: ID!, $first: Int, $after: String, $last: Int, $before: String, $around: ID, $filter: TimelineFilter) {
  session(id: $sessionId) {
    id
    timeline(first: $first, after: $after, last: $last, before: $before, around: $around, filter: $filter) { ...TimelineWindow }
  }
}`, "TimelineWindow", "TimelineRow"],

  // Details pane: the facts, sizes and previews, then the full payload of a tool call.
  ItemDetails: [`query ItemDetails($id: ID!) {
  item: node(id: $id) {
    __typename id
    ... on ToolCall { ...ToolCallDetails }
    ... on SupportTicket { ...TicketDetails }
  }
}`, "ToolCallDetails", "TicketDetails"],
  ItemPayload: [`query ItemPayload($id: ID!) {
  toolCall(id: $id) { id input output }
}`],

  // Title edit in the timeline header.
  SetSessionTitle: [`mutation SetSessionTitle($id: ID!, $title: String) {
  setSessionTitle(id: $id, title: $title) { id title displayTitle }
}`],

  // Live timeline: each new item of the session wakes the timeline, which pages on from its last cursor.
  LiveTimeline: [`subscription LiveTimeline($sessionId: ID!) {
  timelineItemAdded(sessionId: $sessionId) { __typename id }
}`],
  // Live session cards and header: a session of the user that connected or changed, counts fresh.
  LiveSessions: [`subscription LiveSessions($userId: ID) {
  sessionActivity(userId: $userId) { ...SessionCard ...SessionHeader }
}`, "SessionCard", "SessionHeader"],

  // Sign-in check; names the organization.
  SignInCheck: [`query SignInCheck {
  viewer { id name slug }
}`],
};

/// The full text of an operation: its definition followed by the fragments it spreads.
export function documentText(operationName) {
  const [definition, ...fragmentNames] = operations[operationName];
  return [definition, ...fragmentNames.map((name) => fragments[name])].join("\n\n") + "\n";
}

export const operationNames = Object.keys(operations);
