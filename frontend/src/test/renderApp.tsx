import { render } from '@testing-library/react';
import { AxiosError, AxiosHeaders, type AxiosAdapter, type InternalAxiosRequestConfig } from 'axios';
import { Provider } from 'react-redux';
import { MemoryRouter } from 'react-router';
import { App } from '../app/App';
import { makeStore } from '../app/store';

type Reply = { status: number; body: unknown } | 'network-error';

/**
 * Stands in for the network at axios's adapter boundary and, like the real adapters,
 * rejects the statuses the request's validateStatus refuses.
 */
export function fakeAdapter(initialReply: Reply) {
  let reply = initialReply;
  const requests: InternalAxiosRequestConfig[] = [];
  const adapter: AxiosAdapter = async (config) => {
    requests.push(config);
    if (reply === 'network-error') {
      throw new AxiosError('Network Error', AxiosError.ERR_NETWORK, config);
    }
    const response = {
      data: reply.body,
      status: reply.status,
      statusText: '',
      headers: new AxiosHeaders({ 'content-type': 'application/json' }),
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
  };
  const respondWith = (next: Reply) => {
    reply = next;
  };
  return { adapter, requests, respondWith };
}

export function renderApp(path: string, adapter: AxiosAdapter = fakeAdapter('network-error').adapter) {
  const store = makeStore({ adapter });
  render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[path]}>
        <App />
      </MemoryRouter>
    </Provider>,
  );
  return store;
}
