// Parameter binding throughput: the seed's three examples and a 30-parameter, 6-set Exchange-like cmdlet,
// against a plain JavaScript loop that builds the same bound-parameter object by hand.
import { arg, bindCommandLine, compileCommand, defaultConverter } from '@exosh/cmdlet-binding';
import { interleaved } from '../lib/measure.mjs';

const seed = {
  name: 'Get-ConnectionInformation',
  commandType: 'Cmdlet',
  defaultParameterSetName: 'Default',
  parameters: [
    { name: 'ConnectionId', type: 'string[]', parameterSets: { ConnectionId: { mandatory: true } } },
    { name: 'ModulePrefix', type: 'string[]', parameterSets: { ModulePrefix: { mandatory: true } } },
  ],
};

// Get-Mailbox-like: 6 sets, 30 parameters (identity, filters, switches, scoping, paging-ish values).
const exchangeParameters = [
  { name: 'Identity', type: 'string', parameterSets: { Identity: { position: 0, valueFromPipeline: true } } },
  { name: 'Anr', type: 'string', parameterSets: { AnrSet: { mandatory: true } } },
  { name: 'Database', type: 'string', parameterSets: { DatabaseSet: { mandatory: true } } },
  { name: 'Server', type: 'string', parameterSets: { ServerSet: { mandatory: true } } },
  { name: 'Organization', type: 'string', parameterSets: { OrganizationSet: { mandatory: true } } },
  { name: 'Filter', type: 'string', parameterSets: { FilterSet: { mandatory: true }, Identity: {} } },
  {
    name: 'ResultSize',
    type: 'string',
    validation: [{ kind: 'ValidatePattern', pattern: '^(Unlimited|\\d+)$' }],
  },
  { name: 'SortBy', type: 'string' },
  { name: 'RecipientTypeDetails', type: 'string[]' },
  { name: 'Archive', type: 'switch' },
  { name: 'InactiveMailboxOnly', type: 'switch' },
  { name: 'IncludeInactiveMailbox', type: 'switch' },
  { name: 'SoftDeletedMailbox', type: 'switch' },
  { name: 'PublicFolder', type: 'switch' },
  { name: 'GroupMailbox', type: 'switch' },
  { name: 'Migration', type: 'switch' },
  { name: 'Monitoring', type: 'switch' },
  { name: 'Arbitration', type: 'switch' },
  { name: 'AuditLog', type: 'switch' },
  { name: 'AuxAuditLog', type: 'switch' },
  { name: 'RemoteArchive', type: 'switch' },
  { name: 'IncludeAcceptMessagesOnlyFromWithDisplayNames', type: 'switch' },
  { name: 'IncludeEmailAddressDisplayNames', type: 'switch' },
  { name: 'IncludeForwardingAddressWithDisplayNames', type: 'switch' },
  { name: 'IncludeGrantSendOnBehalfToWithDisplayNames', type: 'switch' },
  { name: 'ReadFromDomainController', type: 'switch' },
  { name: 'DomainController', type: 'string' },
  { name: 'OrganizationalUnit', type: 'string' },
  { name: 'Properties', type: 'string[]' },
  {
    name: 'PropertySets',
    type: 'string[]',
    validation: [{ kind: 'ValidateSet', values: ['All', 'Minimum', 'Archive', 'Quota'] }],
  },
];
if (exchangeParameters.length !== 30) throw new Error('the Exchange-like cmdlet must have 30 parameters');
const exchange = {
  name: 'Get-EXOMailboxLike',
  commandType: 'Cmdlet',
  defaultParameterSetName: 'Identity',
  parameters: exchangeParameters,
};

const scenarios = [
  { name: 'Get-ConnectionInformation', metadata: seed, args: [], set: 'Default', bound: {} },
  {
    name: 'Get-ConnectionInformation -ConnectionId <guid>',
    metadata: seed,
    args: [arg.parameter('ConnectionId'), arg.value('1a9e45e8-e7ec-498f-9ac3-0504e987fa85')],
    set: 'ConnectionId',
    bound: { ConnectionId: ['1a9e45e8-e7ec-498f-9ac3-0504e987fa85'] },
  },
  {
    name: 'Get-ConnectionInformation -ModulePrefix Contoso,Fabrikam',
    metadata: seed,
    args: [arg.parameter('ModulePrefix'), arg.value(['Contoso', 'Fabrikam'])],
    set: 'ModulePrefix',
    bound: { ModulePrefix: ['Contoso', 'Fabrikam'] },
  },
  {
    name: 'Exchange-like (30 params, 6 sets): john -ResultSize 5000 -Properties a,b -PropertySets Minimum -Archive -ea Stop',
    metadata: exchange,
    args: [
      arg.value('john'),
      arg.parameter('ResultSize'),
      arg.value('5000'),
      arg.parameter('Properties'),
      arg.value(['DisplayName', 'Alias']),
      arg.parameter('PropertySets'),
      arg.value('Minimum'),
      arg.parameter('Archive'),
      arg.parameter('ea'),
      arg.value('Stop'),
    ],
    set: 'Identity',
    bound: {
      ResultSize: '5000',
      Properties: ['DisplayName', 'Alias'],
      PropertySets: ['Minimum'],
      Archive: true,
      ErrorAction: 'Stop',
      Identity: 'john',
    },
  },
];

/**
 * The reference: what a hand-written JavaScript command would do with the same already-split arguments,
 * a case-insensitive name table and an object of bound values (no sets, prefixes, validation or errors).
 */
function referenceBinder(metadata) {
  const byName = new Map();
  for (const p of metadata.parameters) byName.set(p.name.toLowerCase(), p);
  const positional = metadata.parameters.find((p) =>
    Object.values(p.parameterSets ?? {}).some((s) => s.position === 0),
  );
  return (args) => {
    const out = {};
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a.kind === 'parameter') {
        const p = byName.get(a.name.toLowerCase());
        if (p === undefined) {
          if (args[i + 1]?.kind === 'argument') i++;
          continue;
        }
        if (p.type === 'switch') out[p.name] = true;
        else {
          const v = args[++i].value;
          out[p.name] = p.type.endsWith('[]') ? (Array.isArray(v) ? [...v] : [v]) : v;
        }
      } else if (positional) out[positional.name] = a.value;
    }
    return out;
  };
}

const iterations = 200_000;
const sameBound = (actual, expected) =>
  JSON.stringify(Object.fromEntries(Object.entries(actual).sort())) ===
  JSON.stringify(Object.fromEntries(Object.entries(expected).sort()));

export default async function binding() {
  const rows = [];
  const options = { converter: defaultConverter };
  for (const s of scenarios) {
    const compiled = compileCommand(s.metadata);
    const reference = referenceBinder(s.metadata);
    const state = bindCommandLine(compiled, s.args, options);
    if (state.parameterSetName !== s.set)
      throw new Error(`${s.name}: set ${state.parameterSetName}, expected ${s.set}`);
    if (!sameBound(Object.fromEntries(state.boundParameters), s.bound)) {
      throw new Error(`${s.name}: bound ${JSON.stringify([...state.boundParameters])}`);
    }
    const refBound = reference(s.args);
    const { ErrorAction: _ea, ...boundWithoutCommon } = s.bound;
    if (!sameBound(refBound, boundWithoutCommon))
      throw new Error(`${s.name}: reference bound ${JSON.stringify(refBound)}`);
    let sink = 0;
    const timeOurs = () => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < iterations; i++)
        sink += bindCommandLine(compiled, s.args, options).boundParameters.size;
      return iterations / (Number(process.hrtime.bigint() - start) / 1e9);
    };
    const timeReference = () => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < iterations; i++) sink += Object.keys(reference(s.args)).length;
      return iterations / (Number(process.hrtime.bigint() - start) / 1e9);
    };
    timeOurs();
    timeReference();
    const { ours, reference: ref } = await interleaved(11, timeOurs, timeReference);
    if (sink < 0) throw new Error('unreachable');
    rows.push({
      name: `bind ${s.name}`,
      unit: 'binds/s',
      ours,
      reference: ref,
      referenceName: 'plain JS object-building loop',
    });
  }
  return rows;
}
