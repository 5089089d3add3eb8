import { createHealthClient, type HealthClient, type HealthClientOptions } from '@readycheck/health';
import type { Monitor, MonitorEvent } from './monitor.js';

/** Options of {@link attachWebhooks}. */
export interface WebhookOptions {
  /** URLs posted to on quarantine and release. */
  urls: readonly string[];
  /** Origins they may post to (health's SSRF rule). Default: the exact origins of `urls`. */
  allowedOrigins?: string[];
  /** Told about a post that failed after its retries (or was refused). */
  onError?: (message: string) => void;
  /** Extra health client options (tests pass `allowPrivateNetwork`, timeouts). */
  client?: HealthClientOptions;
}

/** The webhook body of an event: JSON with a Slack-compatible `text`, or null for events not sent. */
export function webhookPayload(event: MonitorEvent): Record<string, unknown> | null {
  if (event.type === 'quarantined') {
    return { text: `:rotating_light: readycheck: agent ${event.agentId} is QUARANTINED (change #${event.changeId}): ${event.reason}`, event };
  }
  if (event.type === 'released') {
    return { text: `:white_check_mark: readycheck: agent ${event.agentId} was released by ${event.by}${event.note ? ` (${event.note})` : ''}; it had been quarantined since ${event.since}: ${event.reason}`, event };
  }
  return null;
}

/**
 * Posts quarantine and release events to webhooks through @readycheck/health's client: vetted
 * URLs (allowed origins only, no credentials, public addresses for wildcard hosts) and retries
 * with capped backoff. Returns a function that detaches and waits for posts in flight.
 *
 * @example
 * const stop = attachWebhooks(monitor, { urls: ['https://hooks.slack.com/services/T000/B000/XXX'] });
 */
export function attachWebhooks(monitor: Monitor, options: WebhookOptions): () => Promise<void> {
  const origins = options.allowedOrigins ?? [...new Set(options.urls.map((u) => new URL(u).origin))];
  const client: HealthClient = createHealthClient({ maxRetries: 3, timeoutMs: 5000, ...options.client, allowedOrigins: origins });
  const inFlight = new Set<Promise<void>>();
  const listener = (event: MonitorEvent) => {
    const payload = webhookPayload(event);
    if (!payload) return;
    for (const url of options.urls) {
      // The key makes the POST retryable (health retries only idempotent requests) and lets a receiver drop duplicates.
      const key = `readycheck-${event.type}-${event.agentId}-${event.at}`;
      const p = client.postResult(url, payload, { idempotencyKey: key }).then(
        (r) => {
          if (!r.ok) options.onError?.(`webhook ${new URL(url).origin}: ${r.error?.message ?? r.status}`);
        },
        (err: Error) => options.onError?.(`webhook ${url}: ${err.message}`),
      );
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    }
  };
  monitor.events.on('event', listener);
  return async () => {
    monitor.events.off('event', listener);
    await Promise.all(inFlight);
    await client.close();
  };
}
