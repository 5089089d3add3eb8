export { getWebhookListenerRegistry, initWebhookListenerRegistry } from './registry'
export type { IWebhookListenerRegistry, WebhookListenerEntry } from './registry'
