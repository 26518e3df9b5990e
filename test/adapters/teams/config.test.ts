import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { isLoopbackHost, teamsConfig } from '../../../adapters/teams/teams-config.js';

const ID = '11111111-2222-4333-8444-555555555555';
const TENANT = '66666666-7777-4888-9999-000000000000';

describe('Teams configuration', () => {
  it('is local mode without a MicrosoftAppId', () => {
    expect(teamsConfig({})).toEqual({ mode: 'local' });
  });

  it('reads a single-tenant registration, and a multi-tenant one', () => {
    expect(teamsConfig({ MicrosoftAppId: ID, MicrosoftAppPassword: 's', MicrosoftAppTenantId: TENANT })).toEqual({ mode: 'auth', appId: ID, appType: 'SingleTenant', password: 's', tenantId: TENANT });
    expect(teamsConfig({ MicrosoftAppId: ID, MicrosoftAppPassword: 's' })).toMatchObject({ appType: 'MultiTenant', tenantId: null });
    expect(teamsConfig({ MicrosoftAppId: ID, MicrosoftAppTenantId: TENANT, MicrosoftAppType: 'userassignedmsi' })).toMatchObject({ appType: 'UserAssignedMSI', password: null });
  });

  it.each([
    [{ MicrosoftAppPassword: 's' }, /MicrosoftAppId: it is not set, but MicrosoftAppPassword is set/],
    [{ MicrosoftAppId: ID }, /MicrosoftAppPassword: it is not set/],
    [{ MicrosoftAppId: ID, MicrosoftAppPassword: 's', MicrosoftAppType: 'SingleTenant' }, /MicrosoftAppTenantId: it is not set, but MicrosoftAppType is SingleTenant/],
    [{ MicrosoftAppId: 'my-bot' }, /MicrosoftAppId.*must be the Azure Bot's Microsoft App ID/s],
    [{ MicrosoftAppId: ID, MicrosoftAppPassword: 's', MicrosoftAppType: 'Single' }, /MicrosoftAppType.*must be one of MultiTenant, SingleTenant, UserAssignedMSI/s],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => teamsConfig(env)).toThrow(ConfigError);
    expect(() => teamsConfig(env)).toThrow(message);
  });

  it('knows a loopback address', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.5', '192.168.1.2']) expect(isLoopbackHost(host), host).toBe(false);
  });
});
