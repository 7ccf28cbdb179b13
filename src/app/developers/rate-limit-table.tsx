import { allContracts } from '@/server/api/contracts';
import { ratePoliciesOf, windowWords, type CallerKind } from '@/server/api/openapi-operation';
import { rateLimitPolicies, type RateLimitPolicy } from '@/server/http/rate-limits';
import { GuideTable } from './guide-parts';

const perCaller: Record<CallerKind, string> = { anonymous: 'address', session: 'person', apiKey: 'key' };

/** The limits the API's routes use, read from the route contracts and the limiter's policies. */
export function RateLimitTable() {
  const byPolicy = new Map<RateLimitPolicy, Map<string, CallerKind[]>>();
  for (const contract of allContracts) {
    for (const { kind, policy } of ratePoliciesOf(contract)) {
      const routes = byPolicy.get(policy) ?? new Map<string, CallerKind[]>();
      const route = `${contract.method} ${contract.path}`;
      routes.set(route, [...(routes.get(route) ?? []), kind]);
      byPolicy.set(policy, routes);
    }
  }
  return (
    <GuideTable caption="Rate limits of the API" columns={['Limit', 'Routes, and what is counted']} tableClassName="min-w-[30rem]">
      {[...byPolicy].map(([policy, routes]) => {
        const { points, durationSeconds } = rateLimitPolicies[policy];
        return (
          <tr key={policy}>
            <td className="px-4 py-3 whitespace-nowrap">
              <span className="font-medium text-slate-900">
                {points} per {windowWords(durationSeconds)}
              </span>
              <span className="block font-mono text-xs text-slate-500">{policy}</span>
            </td>
            <td className="px-4 py-3">
              <ul className="space-y-1 text-xs text-slate-600">
                {[...routes].map(([route, kinds]) => (
                  <li key={route}>
                    <span className="font-mono text-slate-800">{route}</span> · per {kinds.map((kind) => perCaller[kind]).join(' or ')}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        );
      })}
    </GuideTable>
  );
}
