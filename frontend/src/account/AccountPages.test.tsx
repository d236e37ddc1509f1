import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { bodyOf, catalogNoise, dilnoza, homeAddress, problem, session } from '../test/accountFixtures';
import { fakeServer, renderApp, type Reply, type SeenRequest } from '../test/renderApp';
import type { Address } from './accountApi';

const location = () => screen.getByTestId('location').textContent;

/** The accounts API: signed out at first (no refresh cookie) unless `signedIn`; `route` answers the rest. */
function accounts(route: (request: SeenRequest) => Reply | undefined, { signedIn = false } = {}) {
  return fakeServer((request) => {
    if (request.path === '/auth/refresh') return signedIn ? { status: 200, body: session() } : problem(401);
    return route(request) ?? catalogNoise(request);
  });
}

const sent = (server: ReturnType<typeof accounts>, path: string) => server.requests.filter((r) => r.path === path).map(bodyOf);

beforeEach(() => {
  localStorage.setItem('ultramarket.language', 'en');
});

describe('sign-up', () => {
  it('asks for a code, then creates the account with it and signs in', async () => {
    const user = userEvent.setup();
    const server = accounts((request) => {
      if (request.path === '/auth/otp') return { status: 202, body: { sentTo: '+99890*****67', expiresIn: 300, resendIn: 60 } };
      if (request.path === '/auth/register') return { status: 201, body: session() };
      if (request.path === '/me') return { status: 200, body: dilnoza };
      return undefined;
    });
    renderApp('/signup', server.adapter, { startSession: true });

    await user.type(await screen.findByLabelText('Phone number'), '90 123-45-67');
    await user.type(screen.getByLabelText('Your name'), 'Dilnoza');
    await user.click(screen.getByRole('button', { name: 'Get a code' }));

    expect(await screen.findByTestId('code-sent')).toHaveProperty('textContent', 'We sent a code to +99890*****67. It is valid for 5 min.');
    expect(sent(server, '/auth/otp')).toEqual([{ phone: '+998 90 123 45 67', purpose: 'register' }]);
    const code = screen.getByLabelText('Code from the SMS');
    expect(document.activeElement).toBe(code);
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(screen.getByTestId('resend-wait').textContent).toMatch(/in (1:00|0:59)$/);
    expect(screen.getByLabelText('Phone number').hasAttribute('readonly')).toBe(true);

    await user.type(code, '482 913'); // pasted with a space: digits only
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(location()).toBe('/account'));
    expect(sent(server, '/auth/register')).toEqual([{ phone: '+998 90 123 45 67', code: '482913', name: 'Dilnoza' }]);
    expect(await screen.findByTestId('account-button')).toHaveProperty('ariaLabel', 'Account: Dilnoza');
    expect(await screen.findByTestId('profile-phone')).toHaveProperty('textContent', '+998 90 123 45 67');
  });

  it('shows the API’s reason under the phone field', async () => {
    const user = userEvent.setup();
    const server = accounts((request) =>
      request.path === '/auth/otp'
        ? problem(400, [{ field: 'phone', reason: 'must be an Uzbek number (+998 …); numbers of other countries are not accepted' }])
        : undefined,
    );
    renderApp('/signup', server.adapter, { startSession: true });
    await user.type(await screen.findByLabelText('Phone number'), '+7 912 345 67 89');
    await user.type(screen.getByLabelText('Your name'), 'Ivan');
    await user.click(screen.getByRole('button', { name: 'Get a code' }));

    const error = await screen.findByTestId('phone-error');
    expect(error.textContent).toBe('Enter an Uzbek number (+998 …); numbers of other countries are not accepted.');
    const phone = screen.getByLabelText('Phone number');
    expect(phone.getAttribute('aria-describedby')).toContain('phone-error');
    expect(document.activeElement).toBe(phone);
  });

  it('checks the name before a code is spent on it', async () => {
    const user = userEvent.setup();
    const server = accounts(() => undefined);
    renderApp('/signup', server.adapter, { startSession: true });
    await user.type(await screen.findByLabelText('Phone number'), '90 123 45 67');
    await user.type(screen.getByLabelText('Password (optional)'), 'short');
    await user.click(screen.getByRole('button', { name: 'Get a code' }));
    expect((await screen.findByTestId('name-error')).textContent).toBe('Fill this in.');
    expect(screen.getByTestId('password-error').textContent).toBe('At least 8 characters.');
    expect(sent(server, '/auth/otp')).toEqual([]);
  });

  it('offers to sign in when the number already has an account', async () => {
    const user = userEvent.setup();
    const server = accounts((request) => {
      if (request.path === '/auth/otp') return { status: 202, body: { sentTo: '+99890*****67', expiresIn: 300, resendIn: 60 } };
      if (request.path === '/auth/register') return problem(409);
      return undefined;
    });
    renderApp('/signup', server.adapter, { startSession: true });
    await user.type(await screen.findByLabelText('Phone number'), '+998901234567');
    await user.type(screen.getByLabelText('Your name'), 'Dilnoza');
    await user.click(screen.getByRole('button', { name: 'Get a code' }));
    await user.type(await screen.findByLabelText('Code from the SMS'), '123456');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This phone number already has an account.');
    await user.click(within(alert).getByRole('link', { name: 'Sign in with this number' }));
    await waitFor(() => expect(location()).toBe('/signin?next=%2Faccount'));
    expect(screen.getByLabelText<HTMLInputElement>('Phone number').value).toBe('+998 90 123 45 67');
  });

  it('says when too many codes were asked for, and for how long', async () => {
    const user = userEvent.setup();
    const server = accounts((request) =>
      request.path === '/auth/otp' ? problem(429, [], { 'Retry-After': '1800' }) : undefined,
    );
    renderApp('/signup', server.adapter, { startSession: true });
    await user.type(await screen.findByLabelText('Phone number'), '90 123 45 67');
    await user.type(screen.getByLabelText('Your name'), 'Dilnoza');
    await user.click(screen.getByRole('button', { name: 'Get a code' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Too many codes were asked for. Try again in 30 min.');
  });
});

describe('sign-in', () => {
  async function askForCode(route: (request: SeenRequest) => Reply | undefined, path = '/signin') {
    const user = userEvent.setup();
    const server = accounts((request) =>
      request.path === '/auth/otp' ? { status: 202, body: { sentTo: '+99890*****67', expiresIn: 300, resendIn: 60 } } : route(request),
    );
    renderApp(path, server.adapter, { startSession: true });
    await user.type(await screen.findByLabelText('Phone number'), '90 123 45 67');
    await user.click(screen.getByRole('button', { name: 'Get a code' }));
    await screen.findByLabelText('Code from the SMS');
    return { user, server };
  }

  it('shows a wrong code under the code field', async () => {
    const { user, server } = await askForCode((request) =>
      request.path === '/auth/login'
        ? problem(400, [{ field: 'code', reason: 'is wrong or has expired; check the SMS or ask for a new code' }])
        : undefined,
    );
    await user.type(screen.getByLabelText('Code from the SMS'), '000000');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByTestId('code-error')).textContent).toBe(
      'The code is wrong or has expired. Check the SMS or ask for a new code.',
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Code from the SMS'));
    expect(sent(server, '/auth/login')).toEqual([{ phone: '+998 90 123 45 67', code: '000000' }]);
  });

  it('says a code locked out by too many wrong tries no longer works', async () => {
    const { user } = await askForCode((request) =>
      request.path === '/auth/login' ? problem(429, [], { 'Retry-After': '1' }) : undefined,
    );
    await user.type(screen.getByLabelText('Code from the SMS'), '000000');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Too many wrong codes: this code no longer works. Ask for a new code.',
    );
  });

  it('offers sign-up when a good code finds no account', async () => {
    const { user } = await askForCode((request) => (request.path === '/auth/login' ? problem(401) : undefined));
    await user.type(screen.getByLabelText('Code from the SMS'), '123456');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('There is no account with this number yet.');
    expect(within(alert).getByRole('link').getAttribute('href')).toBe('/signup?next=%2Faccount');
  });

  it('signs in with a password, or says the pair is wrong', async () => {
    const user = userEvent.setup();
    let right = false;
    const server = accounts((request) => {
      if (request.path === '/auth/login') return right ? { status: 200, body: session() } : problem(401);
      if (request.path === '/me/addresses') return { status: 200, body: { items: [] } };
      return undefined;
    });
    // An account page sends a guest to sign-in and sign-in brings them back.
    renderApp('/account/addresses', server.adapter, { startSession: true });
    await waitFor(() => expect(location()).toBe('/signin?next=%2Faccount%2Faddresses'));

    await user.click(await screen.findByRole('radio', { name: 'Password' }));
    await user.type(screen.getByLabelText('Phone number'), '+998 90 123 45 67');
    await user.type(screen.getByLabelText('Password', { selector: 'input[type=password]' }), 'tashkent-2026');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The phone number or password is wrong.');

    right = true;
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(location()).toBe('/account/addresses'));
    expect(sent(server, '/auth/login').at(-1)).toEqual({ phone: '+998 90 123 45 67', password: 'tashkent-2026' });
    expect(await screen.findByTestId('addresses-empty')).toBeTruthy();
  });

  it('never goes on to another site after signing in', async () => {
    const { user } = await askForCode(
      (request) => (request.path === '/auth/login' ? { status: 200, body: session() } : request.path === '/me' ? { status: 200, body: dilnoza } : undefined),
      '/signin?next=//evil.example/steal',
    );
    await user.type(screen.getByLabelText('Code from the SMS'), '123456');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(location()).toBe('/account'));
  });
});

describe('address book', () => {
  function book(initial: Address[] = []) {
    let items = [...initial];
    let next = 2;
    const server = accounts(
      (request) => {
        const method = request.config.method?.toUpperCase();
        if (request.path === '/me/addresses' && method === 'GET') return { status: 200, body: { items } };
        if (request.path === '/me/addresses' && method === 'POST') {
          const body = bodyOf(request);
          const errors = [];
          if (String(body.district ?? '').length < 2) errors.push({ field: 'district', reason: 'must be at least 2 characters long' });
          if (!String(body.recipientPhone ?? '').replace(/\D/g, '').startsWith('998'))
            errors.push({ field: 'recipientPhone', reason: 'must be an Uzbek number (+998 …); numbers of other countries are not accepted' });
          if (!body.region) errors.push({ field: 'region', reason: 'is required' });
          if (errors.length) return problem(400, errors);
          const address = { ...homeAddress, ...(body as object), id: `addr-${next++}` } as Address;
          items = [...items, address];
          return { status: 201, body: address };
        }
        const id = request.path.replace('/me/addresses/', '');
        if (method === 'PATCH') {
          const changes = bodyOf(request);
          items = items.map((a) => (a.id === id ? ({ ...a, ...changes, landmark: changes.landmark ?? undefined } as Address) : a));
          return { status: 200, body: items.find((a) => a.id === id) };
        }
        if (method === 'DELETE') {
          items = items.filter((a) => a.id !== id);
          return { status: 204, body: '' };
        }
        return undefined;
      },
      { signedIn: true },
    );
    return server;
  }

  it('lists the 14 regions in the shopper’s language and shows the API’s reasons per field', async () => {
    localStorage.setItem('ultramarket.language', 'ru');
    const user = userEvent.setup();
    const server = book();
    renderApp('/account/addresses', server.adapter, { startSession: true });
    await user.click(await screen.findByRole('button', { name: 'Добавить адрес' }));

    const region = screen.getByLabelText('Область');
    expect(document.activeElement).toBe(region);
    const options = within(region).getAllByRole('option').map((o) => o.textContent);
    expect(options).toHaveLength(15);
    expect(options.slice(0, 3)).toEqual(['Выберите область', 'город Ташкент', 'Ташкентская область']);
    expect(options.at(-1)).toBe('Республика Каракалпакстан');

    await user.selectOptions(region, 'UZ-SA');
    await user.type(screen.getByLabelText('Район или город'), 'S');
    await user.type(screen.getByLabelText('Улица, дом и квартира'), 'Registon ko‘chasi 5');
    const phone = screen.getByLabelText('Телефон получателя');
    expect((phone as HTMLInputElement).value).toBe('+998901234567'); // the shopper's own number to start with
    await user.clear(phone);
    await user.type(phone, '+7 912 345 67 89');
    await user.click(screen.getByRole('button', { name: 'Сохранить адрес' }));

    const district = screen.getByLabelText('Район или город');
    expect((await screen.findByTestId('address-new-district-error')).textContent).toBe('Не меньше 2 символов.');
    expect(district.getAttribute('aria-invalid')).toBe('true');
    expect(district.getAttribute('aria-describedby')).toContain('address-new-district-error');
    expect(screen.getByTestId('address-new-recipientPhone-error').textContent).toBe(
      'Введите узбекский номер (+998 …); номера других стран не принимаются.',
    );
    expect(document.activeElement).toBe(district);

    await user.type(district, 'amarqand shahri');
    await user.clear(phone);
    await user.type(phone, '90 765 43 21');
    await user.click(screen.getByRole('button', { name: 'Сохранить адрес' }));

    const card = await screen.findByTestId('address-card');
    expect(card.textContent).toContain('Самаркандская область, Samarqand shahri');
    expect(card.textContent).toContain('+998 90 765 43 21');
    const posts = sent(server, '/me/addresses').filter((b) => Object.keys(b).length > 0);
    expect(posts.at(-1)).toEqual({
      region: 'UZ-SA',
      district: 'Samarqand shahri',
      street: 'Registon ko‘chasi 5',
      recipientPhone: '+998 90 765 43 21',
    });
    expect(screen.getByRole('status').textContent).toBe('Адрес сохранён.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Добавить адрес' }));
  });

  it('changes an address, clearing a landmark, and deletes one after asking', async () => {
    const user = userEvent.setup();
    const server = book([homeAddress]);
    renderApp('/account/addresses', server.adapter, { startSession: true });

    const card = await screen.findByTestId('address-card');
    expect(card.textContent).toContain('Tashkent city, Chilonzor tumani');
    expect(card.textContent).toContain('Landmark: Korzinka ro‘parasida');
    await user.click(within(card).getByRole('button', { name: `Edit address: ${homeAddress.street}` }));
    const landmark = screen.getByLabelText('Landmark (optional)');
    await user.clear(landmark);
    await user.click(screen.getByRole('button', { name: 'Save address' }));

    await waitFor(() => expect(screen.getByTestId('address-card').textContent).not.toContain('Landmark'));
    const patch = server.requests.find((r) => r.config.method?.toUpperCase() === 'PATCH')!;
    expect(patch.path).toBe('/me/addresses/addr-1');
    expect(bodyOf(patch)).toMatchObject({ landmark: null, recipientName: null, region: 'UZ-TK' });

    await user.click(screen.getByRole('button', { name: `Delete address: ${homeAddress.street}` }));
    const confirm = screen.getByRole('button', { name: 'Yes, delete' });
    expect(document.activeElement).toBe(confirm);
    await user.click(confirm);
    expect(await screen.findByTestId('addresses-empty')).toBeTruthy();
    expect(server.requests.filter((r) => r.config.method?.toUpperCase() === 'DELETE').map((r) => r.path)).toEqual([
      '/me/addresses/addr-1',
    ]);
  });
});
