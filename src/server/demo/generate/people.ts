import 'server-only';

/** Vocabulary for generated people, places and roles across Scotland and the UK. */
export const firstNames = ['Morag', 'Callum', 'Isla', 'Ewan', 'Eilidh', 'Ruaridh', 'Ailsa', 'Fraser', 'Kirsty', 'Hamish', 'Catriona', 'Lewis', 'Skye', 'Angus', 'Rhona', 'Finlay', 'Mhairi', 'Euan', 'Shona', 'Calum', 'Olivia', 'Jack', 'Amelia', 'Noah', 'Ava', 'Leo', 'Sophie', 'Harris', 'Freya', 'Rory', 'Aisha', 'Ravi', 'Priya', 'Tomasz', 'Zofia', 'Chidi', 'Ngozi', 'Mei', 'Wei', 'Fatima', 'Omar', 'Niamh', 'Ciaran', 'Gwen', 'Rhys', 'Eleanor', 'Arjun', 'Hannah', 'Daniel', 'Grace'];
export const surnames = ['Campbell', 'Fraser', 'Robertson', 'Stewart', 'Murray', 'Black', 'MacLeod', 'Grant', 'Reid', 'Ferguson', 'Mackenzie', 'Ross', 'Scott', 'Paterson', 'Wilson', 'Thomson', 'Anderson', 'MacDonald', 'Morrison', 'Watson', 'Young', 'Mitchell', 'Walker', 'Hughes', 'Jones', 'Evans', 'Patel', 'Khan', 'Nowak', 'Okafor', 'Chen', 'Ahmed', 'Kaur', 'Singh', "O'Neill", 'Davies', 'Clarke', 'Murphy', 'Bell', 'Gray'];
export const locations = ['Glasgow', 'Edinburgh', 'Aberdeen', 'Dundee', 'Inverness', 'Stirling', 'Perth', 'Paisley', 'Kirkcaldy', 'Livingston', 'Falkirk', 'Ayr', 'Dumfries', 'Elgin', 'Oban', 'Fort William', 'Kilmarnock', 'Greenock', 'Newcastle', 'Leeds', 'Manchester', 'Liverpool', 'Birmingham', 'Bristol', 'Cardiff', 'Belfast', 'London', 'Sheffield', 'Nottingham', 'York'];
export const headlines = ['Junior data analyst', 'Cloud support engineer', 'Front-end developer', 'Cyber security analyst', 'Wind turbine technician', 'Software tester', 'IT support technician', 'Data engineer', 'Business analyst', 'Project coordinator', 'Digital marketing assistant', 'Network engineer', 'Full-stack developer', 'Care worker', 'Electrician (apprentice)', 'Welder fabricator', 'Customer service advisor', 'Operations manager', 'UX designer', 'DevOps engineer', 'Retail team leader', 'Hospitality supervisor', 'Lab technician', 'Solar PV installer', 'Heat pump engineer'];
export const summaries = [
  'Career changer with a recent bootcamp behind me and a portfolio of practical projects.',
  'Five years of hands-on experience; looking for a team that values learning.',
  'Apprenticeship graduate keen to grow into a senior technical role.',
  'Comfortable with customers and with data; I like turning messy problems into clear steps.',
  'Studying part-time while working; badges on this CV show what I have finished so far.',
  'Returning to work after a career break, with refreshed skills and new certifications.',
];
export const openTo = ['full-time', 'part-time', 'remote', 'hybrid', 'contract'];
export const issuerKinds = ['College', 'Academy', 'Skills Hub', 'Bootcamp', 'Training Centre', 'Institute'];
export const issuerPlaces = ['Clyde', 'Forth Valley', 'North Sea', 'Highland', 'Tay', 'Borders', 'Ayrshire', 'Lothian', 'Fife', 'Moray', 'Argyll', 'Lanarkshire', 'Grampian', 'Northern', 'Pennine', 'Severn', 'Thames Valley', 'Mersey', 'Tyne', 'Humber'];
export const employerWords = ['Digital', 'Energy', 'Health', 'Logistics', 'Engineering', 'Analytics', 'Software', 'Renewables', 'Care', 'Retail', 'Finance', 'Construction'];
export const employerSuffixes = ['Ltd', 'Group', 'Services', 'Partners', 'plc', 'Co-operative'];
export const jobTitles = ['Data Analyst', 'Junior Developer', 'Cloud Engineer', 'Security Analyst', 'Wind Turbine Technician', 'IT Support Analyst', 'Software Tester', 'Business Analyst', 'Project Officer', 'Network Technician', 'Data Engineer', 'Front-end Developer', 'Heat Pump Installer', 'Care Team Lead', 'Operations Coordinator'];
