import { render } from '@testing-library/react';
import axios, {
  AxiosError,
  AxiosHeaders,
  type AxiosAdapter,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios';
import { Provider } from 'react-redux';
import { MemoryRouter, useLocation } from 'react-router';
import { App } from '../app/App';
import { makeStore } from '../app/store';

export type Reply = { status: number; body: unknown; headers?: Record<string, string> } | 'network-error';

/** Answers like the real adapters do: rejects the statuses the request's validateStatus refuses. */
function answer(config: InternalAxiosRequestConfig, reply: Reply): AxiosResponse {
  if (reply === 'network-error') {
    throw new AxiosError('Network Error', AxiosError.ERR_NETWORK, config);
  }
  const response = {
    data: reply.body,
    status: reply.status,
    statusText: '',
    headers: new AxiosHeaders({ 'content-type': 'application/json', ...reply.headers }),
    config,
  };
  if (config.validateStatus && !config.validateStatus(response.status)) {
    throw new AxiosError(
      `Request failed with status code ${response.status}`,
      AxiosError.ERR_BAD_RESPONSE,
      config,
      null,
      response,
    );
  }
  return response;
}

/** Stands in for the network at axios's adapter boundary, giving every request the same reply. */
export function fakeAdapter(initialReply: Reply) {
  let reply = initialReply;
  const requests: InternalAxiosRequestConfig[] = [];
  const adapter: AxiosAdapter = async (config) => {
    requests.push(config);
    return answer(config, reply);
  };
  const respondWith = (next: Reply) => {
    reply = next;
  };
  return { adapter, requests, respondWith };
}

/** A request as the server would see it: path under /api and query parameters. */
export interface SeenRequest {
  path: string;
  params: URLSearchParams;
  config: InternalAxiosRequestConfig;
}

/**
 * Stands in for the network, answering each request from `route` (by path and parameters); a promise that never
 * settles keeps a request under way. Unrouted requests get a 404 problem.
 */
export function fakeServer(route: (request: SeenRequest) => Reply | undefined | Promise<Reply | undefined>) {
  const requests: SeenRequest[] = [];
  const adapter: AxiosAdapter = async (config) => {
    const uri = new URL(axios.getUri(config), 'http://shop.test');
    const request = { path: uri.pathname.replace(/^\/api/, ''), params: uri.searchParams, config };
    requests.push(request);
    const reply = (await route(request)) ?? { status: 404, body: { status: 404, title: 'Not found' } };
    return answer(config, reply);
  };
  return { adapter, requests };
}

/** Shows the router's current address, so tests can read what a click did to it. */
function CurrentLocation() {
  const location = useLocation();
  return (
    <output data-testid="location" hidden>
      {location.pathname + location.search}
    </output>
  );
}

export function renderApp(
  path: string,
  adapter: AxiosAdapter = fakeAdapter('network-error').adapter,
  { startSession = false }: { startSession?: boolean } = {},
) {
  const store = makeStore({ adapter, startSession });
  render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[path]}>
        <App />
        <CurrentLocation />
      </MemoryRouter>
    </Provider>,
  );
  return store;
}
