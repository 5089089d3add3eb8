import type { ExtractPlugin } from './plugin.js';

/** Calls to HTTP APIs (`fetch`, `useSWR`, `useQuery`, `axios.get`…): real work for a page or a client. */
export default {
  name: 'http-client',
  call: ({ fn, method, recvText }, { facts }) => {
    if (fn === 'fetch' || fn === 'useSWR' || fn === 'useSWRInfinite' || fn === 'useQuery' || fn === 'useMutation' || fn === '$fetch') facts.httpCalls = true;
    else if (method !== undefined && /^(axios|ky|got|superagent|ofetch)$/.test(recvText) && /^(get|post|put|patch|delete|head|request)$/.test(method)) facts.httpCalls = true;
  },
} satisfies ExtractPlugin;
