// Who lives in the seeded contoso tenant: names, departments and places (data only).

export interface PersonSeed {
  readonly first: string;
  readonly last: string;
  readonly alias: string;
  readonly department: string;
  readonly title: string;
  readonly city: string;
  readonly country: string;
}

const people: readonly [string, string, string, string, string][] = [
  ['Adele', 'Vance', 'Retail', 'Retail Manager', 'Seattle'],
  ['Alex', 'Wilber', 'Marketing', 'Marketing Assistant', 'San Diego'],
  ['Allan', 'Deyoung', 'IT', 'IT Admin', 'Waukesha'],
  ['Christie', 'Cline', 'Sales', 'Buyer', 'San Diego'],
  ['Debra', 'Berger', 'Executive Management', 'Administrative Assistant', 'Bellevue'],
  ['Diego', 'Siciliani', 'HR', 'HR Manager', 'Birmingham'],
  ['Emily', 'Braun', 'Finance', 'Budget Analyst', 'Bellevue'],
  ['Enrico', 'Cattaneo', 'Legal', 'Attorney', 'Milan'],
  ['Grady', 'Archie', 'R&D', 'Designer', 'Bloomington'],
  ['Henrietta', 'Mueller', 'R&D', 'Developer', 'Seattle'],
  ['Irvin', 'Sayers', 'R&D', 'Director', 'Birmingham'],
  ['Isaiah', 'Langer', 'Sales', 'Sales Rep', 'Tulsa'],
  ['Johanna', 'Lorenz', 'Engineering', 'Senior Engineer', 'Louisville'],
  ['Joni', 'Sherman', 'Legal', 'Paralegal', 'Charlotte'],
  ['Lee', 'Gu', 'Manufacturing', 'Director', 'Hickory'],
  ['Lidia', 'Holloway', 'Engineering', 'Product Manager', 'Tulsa'],
  ['Lynne', 'Robbins', 'Retail', 'Planner', 'Tulsa'],
  ['Megan', 'Bowen', 'Marketing', 'Marketing Manager', 'Pittsburgh'],
  ['Miriam', 'Graham', 'Sales & Marketing', 'Director', 'San Diego'],
  ['Nestor', 'Wilke', 'Operations', 'Director', 'Seattle'],
  ['Patti', 'Fernandez', 'Executive Management', 'President', 'Louisville'],
  ['Pradeep', 'Gupta', 'Finance', 'Accountant', 'Cairo'],
  ['Raul', 'Razo', 'Sales', 'Account Manager', 'London'],
  ['Sanjay', 'Patel', 'IT', 'Support Engineer', 'London'],
];

const ukCities = new Set(['Birmingham', 'London']);

export const contosoPeople: readonly PersonSeed[] = people.map(([first, last, department, title, city]) => ({
  first,
  last,
  alias: `${first}${last[0] ?? ''}`,
  department,
  title,
  city,
  country: ukCities.has(city)
    ? 'United Kingdom'
    : city === 'Milan'
      ? 'Italy'
      : city === 'Cairo'
        ? 'Egypt'
        : 'United States',
}));

export const sharedMailboxes = ['Help Desk', 'Sales Team', 'Accounts Payable', 'Info', 'Reception'];
export const rooms: readonly [string, number][] = [
  ['Conf Room Adams', 8],
  ['Conf Room Baker', 12],
  ['Conf Room Crystal', 20],
  ['Conf Room Rainier', 6],
];
export const equipment = ['Projector 01', 'Pool Car 01'];
export const mailUsers: readonly [string, string][] = [
  ['Kim Akers', 'kim.akers@fabrikam.com'],
  ['Ravi Kumar', 'ravi.kumar@tailspintoys.com'],
  ['Sara Davis', 'sara.davis@wingtiptoys.com'],
  ['Tom Perham', 'tperham@litwareinc.com'],
];
export const mailContacts: readonly [string, string][] = [
  ['Fabrikam Support', 'support@fabrikam.com'],
  ['Northwind Orders', 'orders@northwindtraders.com'],
  ['Adatum Billing', 'billing@adatum.com'],
  ['Woodgrove Bank Desk', 'desk@woodgrovebank.com'],
];
export const distributionGroups: readonly [string, string[]][] = [
  [
    'All Company',
    ['Executive Management', 'Sales', 'Marketing', 'Finance', 'IT', 'R&D', 'HR', 'Legal', 'Retail'],
  ],
  ['Sales Team DL', ['Sales', 'Sales & Marketing']],
  ['Marketing News', ['Marketing']],
  ['Finance Reports', ['Finance']],
];
export const securityGroups: readonly [string, string[]][] = [
  ['IT Admins', ['IT']],
  ['Legal Confidential', ['Legal']],
];
export const unifiedGroups: readonly [string, 'Public' | 'Private', string[]][] = [
  ['Mark 8 Project Team', 'Public', ['R&D', 'Marketing']],
  ['Retail', 'Private', ['Retail']],
  ['U.S. Sales', 'Public', ['Sales']],
];
export const plainUsers = ['Break Glass 01', 'Sync Service', 'Kiosk Terminal'];
