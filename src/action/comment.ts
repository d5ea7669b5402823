import { markerKey } from '../render/markdownSafe.js'
import { createRetryLine, SEND_ONCE, type GitHubClient } from './github.js'
import { createOnce, httpStatus } from './retry.js'
import { COMMENTS_PER_PAGE } from './limits.js'
import { CommentMode } from './inputs.js'

/** The PR (issue) a comment goes on. */
export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

/** What happened to the PR comment. */
export interface CommentResult {
  id: number
  url: string | undefined
  action: 'created' | 'updated' | 'unchanged'
}

/** The login GitHub shows for comments made with the workflow's `GITHUB_TOKEN`. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/**
 * The hidden first line that identifies our sticky comment. It carries the comment key, so several
 * gates on one PR keep separate comments; the key is reduced to characters that cannot end the HTML comment.
 */
export function commentMarker(commentKey: string): string {
  return `<!-- dualrun:comment key=${markerKey(commentKey)} -->\n`
}

/**
 * The hidden second line of a comment written with `comment: new`: it names this run, attempt and
 * job, so a create that timed out can be found again instead of being posted twice.
 */
export function runMarker(runId: number, runAttempt: number, job: string): string {
  return `<!-- dualrun:run ${markerKey(`${runId}.${runAttempt}.${job}`)} -->\n`
}

/**
 * Who we post as: the token's user (`GET /user`, which works for personal tokens), else the
 * Actions bot (an installation token may not read `/user`).
 */
async function ownLogin(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated()
    return data.login
  } catch {
    return ACTIONS_BOT_LOGIN
  }
}

/**
 * Our sticky comment: the first comment, across all pages, written by `login` whose body starts
 * with `marker`. A marker quoted by someone else, or inside another comment's text, never matches.
 */
async function findStickyComment(client: GitHubClient, target: CommentTarget, marker: string, login: string): Promise<{ id: number; body: string; url: string | undefined } | undefined> {
  const comments = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: COMMENTS_PER_PAGE
  })
  for await (const page of comments) {
    const mine = page.data.find((c) => c.user?.login === login && (c.body ?? '').startsWith(marker))
    if (mine) return { id: mine.id, body: mine.body ?? '', url: mine.html_url }
  }
  return undefined
}

/**
 * Writes `body` (which starts with `marker`) as the PR comment. `update` edits our sticky comment
 * in place (skipping when the body is unchanged, creating a new one when it was deleted between
 * lookup and update); `new` always creates one. A create that timed out or got a 5xx is not sent
 * again before looking for the comment it may have made: ours starting with `marker` (which, for
 * `new`, holds the {@link runMarker}).
 */
export async function writeComment(
  client: GitHubClient,
  target: CommentTarget,
  body: string,
  mode: CommentMode.Update | CommentMode.New,
  marker: string,
  onRetry: (message: string) => void
): Promise<CommentResult> {
  const where = { owner: target.owner, repo: target.repo }
  let login: string | undefined
  const me = async (): Promise<string> => (login ??= await ownLogin(client))
  if (mode === CommentMode.Update) {
    const existing = await findStickyComment(client, target, marker, await me())
    if (existing && existing.body === body) return { id: existing.id, url: existing.url, action: 'unchanged' }
    if (existing) {
      try {
        const { data } = await client.rest.issues.updateComment({ ...where, comment_id: existing.id, body })
        return { id: data.id, url: data.html_url, action: 'updated' }
      } catch (error) {
        if (httpStatus(error) !== 404) throw error
      }
    }
  }
  return createOnce<CommentResult>(
    async () => {
      const { data } = await client.rest.issues.createComment({ ...where, issue_number: target.issueNumber, body, ...SEND_ONCE })
      return { id: data.id, url: data.html_url, action: 'created' }
    },
    async () => {
      const found = await findStickyComment(client, target, marker, await me())
      return found && { id: found.id, url: found.url, action: 'created' }
    },
    (error, delayMs, looksFirst) => onRetry(createRetryLine('creating the pull request comment', error, delayMs, looksFirst))
  )
}

/**
 * The PR a `workflow_run` from a fork is about: its payload's `pull_requests` is empty then, so
 * look for an open PR whose head is the run's branch and commit.
 */
export async function findPullRequestByHead(client: GitHubClient, owner: string, repo: string, head: { owner: string; branch: string; sha: string }): Promise<number | undefined> {
  const { data } = await client.rest.pulls.list({ owner, repo, state: 'open', head: `${head.owner}:${head.branch}`, per_page: COMMENTS_PER_PAGE })
  return data.find((pr) => pr.head.sha === head.sha)?.number
}
