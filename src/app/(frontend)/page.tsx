export default function HomePage() {
  return (
    <>
      <h1>Office Central de la Coopération à l’École</h1>
      <p>Pour une coopération dès l’école.</p>
    </>
  )
}
